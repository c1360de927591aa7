#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rc {

// One record of a CSV file and the line it starts on (1-based, counting the header).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Comma-separated values as RFC 4180 has them: fields separated by commas, records by CRLF
// or LF, a field with a comma, a quote or a line break enclosed in double quotes with its
// quotes doubled. Input is UTF-8 with or without a byte order mark; output is UTF-8 without
// one, records ended by CRLF.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // Every record, blank lines skipped. Fails with CSV_ENCODING (not UTF-8) or CSV_QUOTE
    // (a quote inside an unquoted field, text after a closing quote, a quote never closed);
    // the message names the line.
    static Result<QList<CsvRecord>> parse(const QByteArray &data);
    // One record, quoting only the fields that need it, ended by CRLF.
    static QByteArray formatRecord(const QStringList &fields);
};

} // namespace rc

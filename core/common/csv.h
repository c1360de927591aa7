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
//
// Formula injection: a spreadsheet runs a cell that begins with =, +, -, @, a tab or a carriage
// return as a formula (=HYPERLINK(…) typed as a customer's name). Every cell written is
// neutralised (a leading ' , which a spreadsheet shows as text and does not display), and
// parse() takes that ' off again, so what was typed is what is read back.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // Every record, blank lines skipped. Fails with CSV_ENCODING (not UTF-8) or CSV_QUOTE
    // (a quote inside an unquoted field, text after a closing quote, a quote never closed);
    // the message names the line.
    static Result<QList<CsvRecord>> parse(const QByteArray &data);
    // One record, quoting only the fields that need it, ended by CRLF.
    // Every field is neutralised first.
    static QByteArray formatRecord(const QStringList &fields);

    // The cell as written: ' put in front when the text (after any leading 's) begins with
    // =, +, -, @, a tab or a carriage return; a plain number such as -12 or 3.5 is left as it
    // is. neutralised() then restored() gives back the text exactly, for every text.
    static QString neutralised(const QString &cell);
    // The text a neutralised cell stands for: one leading ' removed when what follows the
    // leading 's begins with one of those characters; any other cell as it is.
    static QString restored(const QString &cell);
};

} // namespace rc

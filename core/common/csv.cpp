#include "csv.h"

#include <QStringDecoder>

namespace rc {

namespace {

bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// -12, +3, 4.50: a spreadsheet reads these as numbers, never as formulas.
bool isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && (text.at(i) == u'-' || text.at(i) == u'+'))
        ++i;
    const qsizetype digitsStart = i;
    while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128)
        ++i;
    if (i == digitsStart)
        return false;
    if (i == text.size())
        return true;
    if (text.at(i) != u'.')
        return false;
    const qsizetype fractionStart = ++i;
    while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128)
        ++i;
    return i > fractionStart && i == text.size();
}

QStringView afterQuotes(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return QStringView(cell).mid(i);
}

} // namespace

QString Csv::neutralised(const QString &cell)
{
    const QStringView rest = afterQuotes(cell);
    if (!startsFormula(rest))
        return cell;
    if (rest.size() == cell.size() && isPlainNumber(rest))
        return cell;
    return QLatin1Char('\'') + cell;
}

QString Csv::restored(const QString &cell)
{
    if (cell.startsWith(u'\'') && startsFormula(afterQuotes(cell)))
        return cell.mid(1);
    return cell;
}

Result<QList<CsvRecord>> Csv::parse(const QByteArray &data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error {QStringLiteral("CSV_ENCODING"), tr("The file is not UTF-8 text.")};

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool wasQuoted = false; // the current field was quoted and its closing quote was seen
    bool recordHasContent = false;
    const qsizetype n = text.size();
    auto endRecord = [&] {
        record.fields.append(restored(field));
        field.clear();
        wasQuoted = false;
        if (recordHasContent || record.fields.size() > 1 || !record.fields.first().isEmpty())
            records.append(record);
        record = CsvRecord {};
        recordHasContent = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.fields.append(restored(field));
            field.clear();
            wasQuoted = false;
            recordHasContent = true;
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the \n ends the record
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            record.line = line;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return Error {
                    QStringLiteral("CSV_QUOTE"),
                    tr("Line %1: a quote inside a field that does not start with one.").arg(line)};
            inQuotes = true;
            recordHasContent = true;
        } else {
            if (wasQuoted)
                return Error {QStringLiteral("CSV_QUOTE"),
                              tr("Line %1: text after the closing quote of a field.").arg(line)};
            field.append(c);
        }
    }
    if (inQuotes)
        return Error {QStringLiteral("CSV_QUOTE"),
                      tr("Line %1: a quoted field is never closed.").arg(record.line)};
    if (!field.isEmpty() || recordHasContent || !record.fields.isEmpty())
        endRecord();
    return records;
}

QByteArray Csv::formatRecord(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        const QString f = neutralised(fields.at(i));
        const bool quote = f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"'))
                           || f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r'))
                           || f.startsWith(QLatin1Char(' ')) || f.endsWith(QLatin1Char(' '));
        if (quote) {
            QString escaped = f;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out.append('"').append(escaped.toUtf8()).append('"');
        } else {
            out.append(f.toUtf8());
        }
    }
    out.append("\r\n");
    return out;
}

} // namespace rc

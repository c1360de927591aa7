#include "tillreport.h"

#include "common/csv.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/sql.h"
#include "tickets/money.h"

#include <QJsonArray>

namespace rc {

namespace {

const QStringList kFixedMethods {QStringLiteral("cash"), QStringLiteral("card"),
                                 QStringLiteral("mobile")};

QString decimal(qint64 minor)
{
    return Money {minor, QString()}.toDecimalString();
}

void add(TillLine &line, qint64 signedMinor, int count)
{
    if (signedMinor < 0)
        line.refundsMinor += signedMinor;
    else
        line.takingsMinor += signedMinor;
    line.netMinor += signedMinor;
    line.count += count;
}

} // namespace

QString TillReport::tillMethod(const QString &paymentMethod)
{
    if (paymentMethod == QLatin1String("cash") || paymentMethod == QLatin1String("card"))
        return paymentMethod;
    if (paymentMethod == QLatin1String("mobile") || paymentMethod == QLatin1String("wechat")
        || paymentMethod == QLatin1String("alipay"))
        return QStringLiteral("mobile");
    return QStringLiteral("other");
}

Result<TillFigures> TillReport::compute(const Database &db, const QDate &date)
{
    if (!date.isValid())
        return Error {QStringLiteral("REPORT_RANGE"), tr("The till report needs a valid day.")};
    TillFigures f;
    f.date = date;
    // Uses the payments' index on at (the same range as the manager's figures).
    auto q = sql::run(db,
                      QStringLiteral("SELECT method, kind = 'refund', currency, sum(amount_minor), "
                                     "count(*) FROM payments WHERE at >= ? AND at < ? "
                                     "GROUP BY 1, 2, 3"),
                      {AuditLog::startOfDay(date), AuditLog::startOfDay(date.addDays(1))},
                      QStringLiteral("till report"));
    if (!q)
        return q.error();
    QList<TillLine> lines;
    for (const QString &method : kFixedMethods)
        lines.append(TillLine {method, 0, 0, 0, 0});
    while (q->next()) {
        const QString method = tillMethod(q->value(0).toString());
        const bool refund = q->value(1).toBool();
        f.currency = q->value(2).toString();
        const qint64 amount = q->value(3).toLongLong();
        const int count = q->value(4).toInt();
        qsizetype at = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).method == method)
                at = i;
        }
        if (at < 0) {
            lines.append(TillLine {method, 0, 0, 0, 0});
            at = lines.size() - 1;
        }
        add(lines[at], refund ? -amount : amount, count);
    }
    f.total.method = QStringLiteral("total");
    for (const TillLine &line : std::as_const(lines)) {
        f.total.takingsMinor += line.takingsMinor;
        f.total.refundsMinor += line.refundsMinor;
        f.total.netMinor += line.netMinor;
        f.total.count += line.count;
    }
    f.lines = lines;
    return f;
}

QJsonObject TillReport::toJson(const TillFigures &figures)
{
    const auto line = [](const TillLine &l) {
        return QJsonObject {{QStringLiteral("method"), l.method},
                            {QStringLiteral("takings"), decimal(l.takingsMinor)},
                            {QStringLiteral("refunds"), decimal(l.refundsMinor)},
                            {QStringLiteral("net"), decimal(l.netMinor)},
                            {QStringLiteral("takings_minor"), l.takingsMinor},
                            {QStringLiteral("refunds_minor"), l.refundsMinor},
                            {QStringLiteral("net_minor"), l.netMinor},
                            {QStringLiteral("count"), l.count}};
    };
    QJsonArray methods;
    for (const TillLine &l : figures.lines)
        methods.append(line(l));
    return {{QStringLiteral("date"), figures.date.toString(Qt::ISODate)},
            {QStringLiteral("currency"), figures.currency},
            {QStringLiteral("methods"), methods},
            {QStringLiteral("total"), line(figures.total)}};
}

QByteArray TillReport::toCsv(const TillFigures &figures)
{
    QByteArray out = Csv::formatRecord({QStringLiteral("date"), QStringLiteral("method"),
                                        QStringLiteral("takings"), QStringLiteral("refunds"),
                                        QStringLiteral("net"), QStringLiteral("count"),
                                        QStringLiteral("currency")});
    QList<TillLine> rows = figures.lines;
    rows.append(figures.total);
    for (const TillLine &l : std::as_const(rows))
        out += Csv::formatRecord({figures.date.toString(Qt::ISODate), l.method,
                                  decimal(l.takingsMinor), decimal(l.refundsMinor),
                                  decimal(l.netMinor), QString::number(l.count), figures.currency});
    return out;
}

} // namespace rc

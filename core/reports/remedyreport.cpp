#include "remedyreport.h"

#include "common/csv.h"
#include "store/database.h"
#include "store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace rc {

namespace {

const QStringList &remedyKinds()
{
    static const QStringList kinds {QStringLiteral("refund"), QStringLiteral("exchange"),
                                    QStringLiteral("accessory")};
    return kinds;
}

Status checkRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error {QStringLiteral("REPORT_RANGE"),
                      RemedyReport::tr("The report needs a start date on or before its end date.")};
    return {};
}

QString money(const Money &m)
{
    return m.toDecimalString();
}

} // namespace

Result<RemedyFigures> RemedyReport::remedies(const Database &db, const QDate &from, const QDate &to)
{
    if (Status s = checkRange(from, to); !s)
        return s.error();
    RemedyFigures f;
    f.from = from;
    f.to = to;
    // remedies.amount_minor is negative for a refund (money going back).
    auto q = sql::run(db,
                      QStringLiteral("SELECT kind, rules, amount_minor FROM remedies WHERE "
                                     "date >= ? AND date <= ? ORDER BY rid"),
                      {from.toString(Qt::ISODate), to.toString(Qt::ISODate)},
                      QStringLiteral("report remedies"));
    if (!q)
        return q.error();
    QMap<QPair<int, QString>, RemedyRuleRow> byRule;
    QMap<int, RemedyKindTotal> totals;
    for (int i = 0; i < remedyKinds().size(); ++i)
        totals.insert(i, RemedyKindTotal {remedyKinds().at(i), 0, {}});
    while (q->next()) {
        const QString kind = q->value(0).toString();
        const int k = remedyKinds().indexOf(kind);
        if (k < 0)
            continue;
        const qint64 amount = -q->value(2).toLongLong();
        QStringList rules;
        for (const QJsonValue &v : QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array())
            rules.append(v.toString());
        rules.removeDuplicates();
        if (rules.isEmpty())
            rules.append(QString());
        for (const QString &rule : rules) {
            RemedyRuleRow &row = byRule[qMakePair(k, rule)];
            row.kind = kind;
            row.rule = rule;
            row.count += 1;
            row.amount.minor += amount;
        }
        totals[k].count += 1;
        totals[k].amount.minor += amount;
    }
    f.rows = byRule.values();
    f.totals = totals.values();
    return f;
}

Result<RefundFigures> RemedyReport::refunds(const Database &db, const QDate &from, const QDate &to)
{
    if (Status s = checkRange(from, to); !s)
        return s.error();
    RefundFigures f;
    f.from = from;
    f.to = to;
    // Local days, as the other reports: from local midnight to the one after `to`.
    const QString start = sql::timestamp(from.startOfDay(Qt::LocalTime));
    const QString end = sql::timestamp(to.addDays(1).startOfDay(Qt::LocalTime));
    auto q = sql::run(
        db,
        QStringLiteral("SELECT p.at, p.id, coalesce(t.number, p.ticket_id), p.amount_minor, "
                       "p.currency, p.method, coalesce(u.display_name, ''), p.reference, "
                       "r.rules, coalesce(r.override_reason, '') FROM payments p "
                       "LEFT JOIN tickets t ON t.id = p.ticket_id "
                       "LEFT JOIN users u ON u.id = p.user_id "
                       "LEFT JOIN remedies r ON r.payment_id = p.id "
                       "WHERE p.kind = 'refund' AND p.at >= ? AND p.at < ? ORDER BY p.at, p.rid"),
        {start, end}, QStringLiteral("report refunds"));
    if (!q)
        return q.error();
    while (q->next()) {
        RefundRow row;
        row.at = sql::parseTimestamp(q->value(0).toString());
        row.paymentId = q->value(1).toString();
        row.ticketNumber = q->value(2).toString();
        row.amount.minor = q->value(3).toLongLong();
        row.amount.currency = q->value(4).toString();
        row.method = q->value(5).toString();
        row.userName = q->value(6).toString();
        if (!q->value(8).isNull()) {
            QStringList rules;
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(q->value(8).toString().toUtf8()).array())
                rules.append(v.toString());
            row.why = tr("Remedy: refund (%1)").arg(rules.join(QStringLiteral(", ")));
            if (!q->value(9).toString().isEmpty())
                row.why += QStringLiteral(" — ") + q->value(9).toString();
        } else {
            row.why = q->value(7).toString();
        }
        f.total.minor += row.amount.minor;
        f.rows.append(row);
    }
    return f;
}

QJsonObject RemedyReport::toJson(const RemedyFigures &f)
{
    QJsonArray rows;
    for (const RemedyRuleRow &r : f.rows)
        rows.append(QJsonObject {{QStringLiteral("kind"), r.kind},
                                 {QStringLiteral("rule"), r.rule},
                                 {QStringLiteral("count"), r.count},
                                 {QStringLiteral("amount_minor"), r.amount.minor},
                                 {QStringLiteral("amount"), money(r.amount)}});
    QJsonArray totals;
    for (const RemedyKindTotal &t : f.totals)
        totals.append(QJsonObject {{QStringLiteral("kind"), t.kind},
                                   {QStringLiteral("count"), t.count},
                                   {QStringLiteral("amount_minor"), t.amount.minor},
                                   {QStringLiteral("amount"), money(t.amount)}});
    return {{QStringLiteral("from"), f.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
            {QStringLiteral("by_rule"), rows},
            {QStringLiteral("totals"), totals}};
}

QJsonObject RemedyReport::toJson(const RefundFigures &f)
{
    QJsonArray rows;
    for (const RefundRow &r : f.rows)
        rows.append(QJsonObject {{QStringLiteral("at"), sql::timestamp(r.at)},
                                 {QStringLiteral("payment_id"), r.paymentId},
                                 {QStringLiteral("ticket"), r.ticketNumber},
                                 {QStringLiteral("amount_minor"), r.amount.minor},
                                 {QStringLiteral("amount"), money(r.amount)},
                                 {QStringLiteral("currency"), r.amount.currency},
                                 {QStringLiteral("method"), r.method},
                                 {QStringLiteral("user"), r.userName},
                                 {QStringLiteral("why"), r.why}});
    return {{QStringLiteral("from"), f.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
            {QStringLiteral("refunds"), rows},
            {QStringLiteral("count"), static_cast<int>(f.rows.size())},
            {QStringLiteral("total_minor"), f.total.minor},
            {QStringLiteral("total"), money(f.total)}};
}

QByteArray RemedyReport::toCsv(const RemedyFigures &f)
{
    QByteArray out = Csv::formatRecord({QStringLiteral("kind"), QStringLiteral("rule"),
                                        QStringLiteral("count"), QStringLiteral("amount")});
    for (const RemedyRuleRow &r : f.rows)
        out += Csv::formatRecord({r.kind, r.rule, QString::number(r.count), money(r.amount)});
    return out;
}

QByteArray RemedyReport::toCsv(const RefundFigures &f)
{
    QByteArray out = Csv::formatRecord({QStringLiteral("at"), QStringLiteral("ticket"),
                                        QStringLiteral("amount"), QStringLiteral("method"),
                                        QStringLiteral("user"), QStringLiteral("why")});
    for (const RefundRow &r : f.rows)
        out += Csv::formatRecord(
            {sql::timestamp(r.at), r.ticketNumber, money(r.amount), r.method, r.userName, r.why});
    return out;
}

} // namespace rc

#include "kpireport.h"

#include "common/csv.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/sql.h"
#include "tickets/money.h"
#include "tickets/ticketstatus.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace rc {

DurationStats DurationStats::of(QList<qint64> seconds)
{
    DurationStats stats;
    stats.count = static_cast<int>(seconds.size());
    if (seconds.isEmpty())
        return stats;
    std::sort(seconds.begin(), seconds.end());
    const qsizetype n = seconds.size();
    stats.medianSeconds
        = n % 2 == 1 ? seconds.at(n / 2) : (seconds.at(n / 2 - 1) + seconds.at(n / 2)) / 2;
    const qsizetype rank = static_cast<qsizetype>(std::ceil(0.9 * static_cast<double>(n)));
    stats.p90Seconds = seconds.at(qMax<qsizetype>(1, rank) - 1);
    return stats;
}

namespace {

// Seconds since the epoch of a stored instant. The store writes one fixed form,
// "2026-11-23T13:18:26.123Z", which is read here digit by digit: a report over a big store
// reads hundreds of thousands of them. Anything else goes through the general parser.
qint64 epochSeconds(const QString &text)
{
    auto digits = [&](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            const int d = text.at(i).unicode() - '0';
            if (d < 0 || d > 9)
                return -1;
            value = value * 10 + d;
        }
        return value;
    };
    if (text.size() == 24 && text.at(10) == QLatin1Char('T') && text.at(23) == QLatin1Char('Z')) {
        const int year = digits(0, 4);
        const int month = digits(5, 2);
        const int day = digits(8, 2);
        const int hour = digits(11, 2);
        const int minute = digits(14, 2);
        const int second = digits(17, 2);
        if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
            const QDate date(year, month, day);
            if (date.isValid())
                return (date.toJulianDay() - 2440588) * 86400 + hour * 3600 + minute * 60 + second;
        }
    }
    return sql::parseTimestamp(text).toSecsSinceEpoch();
}

qint64 secondsBetween(const QString &from, const QString &to)
{
    return epochSeconds(to) - epochSeconds(from);
}

struct Completed
{
    QString technicianId;
    QString createdAt;
    QString pickedUpAt;
    int lines = 0;
    qint64 payable = 0;
    QVariant verdictCovered;
};

} // namespace

Result<KpiFigures> KpiReport::compute(const Database &db, const QDate &from, const QDate &to,
                                      int repairWarrantyDays)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error {QStringLiteral("REPORT_RANGE"),
                      tr("The report needs a start date on or before its end date.")};
    KpiFigures f;
    f.from = from;
    f.to = to;
    f.repairWarrantyDays = repairWarrantyDays;
    const QString start = AuditLog::startOfDay(from);
    const QString end = AuditLog::startOfDay(to.addDays(1));

    QMap<QDate, DayFigures> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days.insert(d, DayFigures {d, 0, 0});

    // Received, per day.
    {
        auto q = sql::run(db,
                          QStringLiteral("SELECT date(created_at, 'localtime'), count(*) FROM "
                                         "tickets WHERE created_at >= ? AND created_at < ? "
                                         "GROUP BY 1"),
                          {start, end}, QStringLiteral("report received"));
        if (!q)
            return q.error();
        while (q->next()) {
            const QDate d = QDate::fromString(q->value(0).toString(), Qt::ISODate);
            const int n = q->value(1).toInt();
            f.received += n;
            if (days.contains(d))
                days[d].received += n;
        }
    }

    // Hand-backs and cancellations in the range (the transition events).
    {
        auto q = sql::run(db,
                          QStringLiteral("SELECT to_status, count(*) FROM ticket_events WHERE "
                                         "to_status IN ('returned_unrepaired', 'cancelled') AND "
                                         "at >= ? AND at < ? GROUP BY 1"),
                          {start, end}, QStringLiteral("report closed"));
        if (!q)
            return q.error();
        while (q->next()) {
            if (q->value(0).toString() == QLatin1String("cancelled"))
                f.cancelled = q->value(1).toInt();
            else
                f.returnedUnrepaired = q->value(1).toInt();
        }
    }

    // Completed tickets: pickup time, technician, what the approved quote left to pay.
    QHash<QString, Completed> completed;
    {
        auto q = sql::run(
            db,
            QStringLiteral(
                "SELECT t.id, coalesce(t.technician_id, ''), t.created_at, e.at, "
                "(SELECT count(*) FROM quote_lines l WHERE l.ticket_id = t.id AND "
                " l.revision = t.approved_revision), "
                "(SELECT coalesce(sum(l.quantity * l.unit_price_minor), 0) FROM quote_lines l "
                " WHERE l.ticket_id = t.id AND l.revision = t.approved_revision AND "
                " l.covered = 0), "
                "CASE WHEN t.warranty_verdict IS NULL OR t.warranty_verdict = '' THEN NULL "
                " ELSE json_extract(t.warranty_verdict, '$.covered') END "
                "FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                "WHERE e.to_status = 'picked_up' AND e.at >= ? AND e.at < ?"),
            {start, end}, QStringLiteral("report completed"));
        if (!q)
            return q.error();
        while (q->next()) {
            Completed c;
            c.technicianId = q->value(1).toString();
            c.createdAt = q->value(2).toString();
            c.pickedUpAt = q->value(3).toString();
            c.lines = q->value(4).toInt();
            c.payable = q->value(5).toLongLong();
            c.verdictCovered = q->value(6);
            completed.insert(q->value(0).toString(), c);
        }
    }
    f.completed = static_cast<int>(completed.size());

    QHash<QString, TechnicianFigures> technicians;
    QHash<QString, QList<qint64>> technicianTimes;
    QList<qint64> turnaround;
    turnaround.reserve(completed.size());
    for (auto it = completed.cbegin(); it != completed.cend(); ++it) {
        const Completed &c = it.value();
        const qint64 seconds = secondsBetween(c.createdAt, c.pickedUpAt);
        turnaround.append(seconds);
        TechnicianFigures &t = technicians[c.technicianId];
        t.technicianId = c.technicianId;
        t.completed += 1;
        technicianTimes[c.technicianId].append(seconds);
        int kind = 0; // 1 warranty, 2 paid
        if (c.lines > 0)
            kind = c.payable == 0 ? 1 : 2;
        else if (!c.verdictCovered.isNull())
            kind = c.verdictCovered.toInt() != 0 ? 1 : 0;
        if (kind == 1) {
            ++f.warrantyRepairs;
            ++t.warrantyRepairs;
        } else if (kind == 2) {
            ++f.paidRepairs;
            ++t.paidRepairs;
        } else {
            ++f.unclassifiedRepairs;
        }
        const QDate day = sql::parseTimestamp(c.pickedUpAt).toLocalTime().date();
        if (days.contains(day))
            days[day].completed += 1;
    }
    f.turnaround = DurationStats::of(turnaround);

    // Time in each stage, from the completed tickets' status changes in order.
    {
        auto q
            = sql::run(db,
                       QStringLiteral("SELECT e.ticket_id, e.at, e.to_status FROM ticket_events e "
                                      "WHERE e.ticket_id IN (SELECT ticket_id FROM ticket_events "
                                      "WHERE to_status = 'picked_up' AND at >= ? AND at < ?) "
                                      "AND e.to_status IS NOT NULL ORDER BY e.ticket_id, e.rid"),
                       {start, end}, QStringLiteral("report stages"));
        if (!q)
            return q.error();
        QHash<QString, QList<qint64>> stageTimes;
        QString ticket;
        qint64 previousAt = 0;
        QString previousStatus;
        QHash<QString, qint64> perTicket;
        auto flush = [&] {
            for (auto it = perTicket.cbegin(); it != perTicket.cend(); ++it)
                stageTimes[it.key()].append(it.value());
            perTicket.clear();
        };
        while (q->next()) {
            const QString id = q->value(0).toString();
            const qint64 at = epochSeconds(q->value(1).toString());
            const QString status = q->value(2).toString();
            if (id != ticket) {
                flush();
                ticket = id;
            } else if (!previousStatus.isEmpty()) {
                perTicket[previousStatus] += at - previousAt;
            }
            previousAt = at;
            previousStatus = status;
        }
        flush();
        for (TicketStatus status : TicketLifecycle::allStatuses()) {
            const QString id = TicketLifecycle::id(status);
            if (!stageTimes.contains(id))
                continue;
            f.stages.append(StageFigures {id, DurationStats::of(stageTimes.value(id))});
        }
    }

    // Repeat repairs within the repair warranty.
    {
        auto q = sql::run(
            db,
            QStringLiteral(
                "SELECT count(*) FROM tickets t WHERE t.created_at >= ? AND t.created_at < ? "
                "AND EXISTS (SELECT 1 FROM tickets p WHERE p.device_id = t.device_id AND "
                "p.rid <> t.rid AND p.picked_up_at IS NOT NULL AND p.picked_up_at <= t.created_at "
                "AND p.picked_up_at >= strftime('%Y-%m-%dT%H:%M:%fZ', t.created_at, ?))"),
            {start, end, QStringLiteral("-%1 days").arg(repairWarrantyDays)},
            QStringLiteral("report repeats"));
        if (!q)
            return q.error();
        if (q->next())
            f.repeatRepairs = q->value(0).toInt();
    }

    // Money taken and given back, overall and by the ticket's technician.
    {
        auto q
            = sql::run(db,
                       QStringLiteral("SELECT coalesce(t.technician_id, ''), p.kind, p.currency, "
                                      "sum(p.amount_minor) FROM payments p JOIN tickets t ON "
                                      "t.id = p.ticket_id WHERE p.at >= ? AND p.at < ? "
                                      "GROUP BY 1, 2, 3"),
                       {start, end}, QStringLiteral("report revenue"));
        if (!q)
            return q.error();
        while (q->next()) {
            const QString technician = q->value(0).toString();
            const bool refund = q->value(1).toString() == QLatin1String("refund");
            const qint64 amount = q->value(3).toLongLong();
            f.currency = q->value(2).toString();
            if (refund)
                f.refundsMinor += amount;
            else
                f.paymentsMinor += amount;
            TechnicianFigures &t = technicians[technician];
            t.technicianId = technician;
            t.revenueMinor += refund ? -amount : amount;
        }
        f.revenueMinor = f.paymentsMinor - f.refundsMinor;
    }

    // Names, then the technicians in order of completed tickets.
    {
        auto q = sql::run(db, QStringLiteral("SELECT id, display_name FROM users"), {},
                          QStringLiteral("report users"));
        if (!q)
            return q.error();
        QHash<QString, QString> names;
        while (q->next())
            names.insert(q->value(0).toString(), q->value(1).toString());
        for (auto it = technicians.begin(); it != technicians.end(); ++it) {
            it->name = it->technicianId.isEmpty() ? tr("(no technician)")
                                                  : names.value(it->technicianId, it->technicianId);
            it->turnaround = DurationStats::of(technicianTimes.value(it->technicianId));
            f.technicians.append(*it);
        }
        std::sort(f.technicians.begin(), f.technicians.end(),
                  [](const TechnicianFigures &a, const TechnicianFigures &b) {
                      if (a.completed != b.completed)
                          return a.completed > b.completed;
                      return a.name < b.name;
                  });
    }
    f.days = days.values();
    return f;
}

QString KpiReport::hours(qint64 seconds)
{
    return QString::number(static_cast<double>(seconds) / 3600.0, 'f', 1);
}

namespace {

QJsonObject statsJson(const DurationStats &s)
{
    return {{QStringLiteral("count"), s.count},
            {QStringLiteral("median_seconds"), s.medianSeconds},
            {QStringLiteral("p90_seconds"), s.p90Seconds},
            {QStringLiteral("median_hours"), KpiReport::hours(s.medianSeconds).toDouble()},
            {QStringLiteral("p90_hours"), KpiReport::hours(s.p90Seconds).toDouble()}};
}

} // namespace

QJsonObject KpiReport::toJson(const KpiFigures &f)
{
    QJsonArray stages;
    for (const StageFigures &s : f.stages) {
        QJsonObject o = statsJson(s.time);
        o.insert(QStringLiteral("status"), s.status);
        stages.append(o);
    }
    QJsonArray technicians;
    for (const TechnicianFigures &t : f.technicians) {
        technicians.append(QJsonObject {{QStringLiteral("technician_id"), t.technicianId},
                                        {QStringLiteral("name"), t.name},
                                        {QStringLiteral("completed"), t.completed},
                                        {QStringLiteral("warranty_repairs"), t.warrantyRepairs},
                                        {QStringLiteral("paid_repairs"), t.paidRepairs},
                                        {QStringLiteral("turnaround"), statsJson(t.turnaround)},
                                        {QStringLiteral("revenue_minor"), t.revenueMinor}});
    }
    QJsonArray days;
    for (const DayFigures &d : f.days) {
        days.append(QJsonObject {{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                 {QStringLiteral("received"), d.received},
                                 {QStringLiteral("completed"), d.completed}});
    }
    return {{QStringLiteral("from"), f.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
            {QStringLiteral("repair_warranty_days"), f.repairWarrantyDays},
            {QStringLiteral("received"), f.received},
            {QStringLiteral("completed"), f.completed},
            {QStringLiteral("returned_unrepaired"), f.returnedUnrepaired},
            {QStringLiteral("cancelled"), f.cancelled},
            {QStringLiteral("turnaround"), statsJson(f.turnaround)},
            {QStringLiteral("stages"), stages},
            {QStringLiteral("repeat_repairs"), f.repeatRepairs},
            {QStringLiteral("warranty_repairs"), f.warrantyRepairs},
            {QStringLiteral("paid_repairs"), f.paidRepairs},
            {QStringLiteral("unclassified_repairs"), f.unclassifiedRepairs},
            {QStringLiteral("payments_minor"), f.paymentsMinor},
            {QStringLiteral("refunds_minor"), f.refundsMinor},
            {QStringLiteral("revenue_minor"), f.revenueMinor},
            {QStringLiteral("currency"), f.currency},
            {QStringLiteral("technicians"), technicians},
            {QStringLiteral("days"), days}};
}

QByteArray KpiReport::toCsv(const KpiFigures &f)
{
    auto n = [](qint64 v) {
        return QString::number(v);
    };
    auto money = [&](qint64 minor) {
        return Money {minor, f.currency}.toDecimalString();
    };
    QByteArray out = Csv::formatRecord({QStringLiteral("metric"), QStringLiteral("value")});
    const QList<std::pair<QString, QString>> metrics {
        {QStringLiteral("from"), f.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
        {QStringLiteral("received"), n(f.received)},
        {QStringLiteral("completed"), n(f.completed)},
        {QStringLiteral("returned_unrepaired"), n(f.returnedUnrepaired)},
        {QStringLiteral("cancelled"), n(f.cancelled)},
        {QStringLiteral("turnaround_median_hours"), hours(f.turnaround.medianSeconds)},
        {QStringLiteral("turnaround_p90_hours"), hours(f.turnaround.p90Seconds)},
        {QStringLiteral("repeat_repairs"), n(f.repeatRepairs)},
        {QStringLiteral("repair_warranty_days"), n(f.repairWarrantyDays)},
        {QStringLiteral("warranty_repairs"), n(f.warrantyRepairs)},
        {QStringLiteral("paid_repairs"), n(f.paidRepairs)},
        {QStringLiteral("unclassified_repairs"), n(f.unclassifiedRepairs)},
        {QStringLiteral("payments"), money(f.paymentsMinor)},
        {QStringLiteral("refunds"), money(f.refundsMinor)},
        {QStringLiteral("revenue"), money(f.revenueMinor)},
        {QStringLiteral("currency"), f.currency},
    };
    for (const auto &[metric, value] : metrics)
        out += Csv::formatRecord({metric, value});
    out += "\r\n";
    out += Csv::formatRecord({QStringLiteral("stage"), QStringLiteral("tickets"),
                              QStringLiteral("median_hours"), QStringLiteral("p90_hours")});
    for (const StageFigures &s : f.stages)
        out += Csv::formatRecord(
            {s.status, n(s.time.count), hours(s.time.medianSeconds), hours(s.time.p90Seconds)});
    out += "\r\n";
    out += Csv::formatRecord({QStringLiteral("technician"), QStringLiteral("completed"),
                              QStringLiteral("warranty_repairs"), QStringLiteral("paid_repairs"),
                              QStringLiteral("median_hours"), QStringLiteral("p90_hours"),
                              QStringLiteral("revenue")});
    for (const TechnicianFigures &t : f.technicians)
        out += Csv::formatRecord({t.name, n(t.completed), n(t.warrantyRepairs), n(t.paidRepairs),
                                  hours(t.turnaround.medianSeconds), hours(t.turnaround.p90Seconds),
                                  money(t.revenueMinor)});
    out += "\r\n";
    out += Csv::formatRecord(
        {QStringLiteral("date"), QStringLiteral("received"), QStringLiteral("completed")});
    for (const DayFigures &d : f.days)
        out += Csv::formatRecord({d.date.toString(Qt::ISODate), n(d.received), n(d.completed)});
    return out;
}

} // namespace rc

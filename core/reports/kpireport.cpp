#include "kpireport.h"

#include "common/csv.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/sqlitestatement.h"
#include "tickets/money.h"
#include "tickets/ticketstatus.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace rc {

DurationStats DurationStats::of(QList<qint64> seconds)
{
    DurationStats stats;
    stats.count = static_cast<int>(seconds.size());
    if (seconds.isEmpty())
        return stats;
    // Selection, not a full sort: the middle value(s) and the nearest-rank 90th percentile.
    const qsizetype n = seconds.size();
    const auto begin = seconds.begin();
    const qsizetype middle = n / 2;
    std::nth_element(begin, begin + middle, seconds.end());
    const qint64 upper = seconds.at(middle);
    stats.medianSeconds
        = n % 2 == 1 ? upper : (*std::max_element(begin, begin + middle) + upper) / 2;
    const qsizetype rank = static_cast<qsizetype>(std::ceil(0.9 * static_cast<double>(n)));
    const qsizetype at = qMax<qsizetype>(1, rank) - 1; // never below the middle for n >= 1
    std::nth_element(begin + middle, begin + at, seconds.end());
    stats.p90Seconds = seconds.at(at);
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

// Hand-backs, cancellations and remedies in the range (the transition events).
Status closedCounts(const Database &db, const QString &start, const QString &end, KpiFigures &f)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT to_status, count(*) FROM ticket_events WHERE "
                                     "to_status IN ('returned_unrepaired', 'cancelled', "
                                     "'exchanged', 'refunded', 'accessory_replaced', 'disposed') "
                                     "AND "
                                     "at >= ? AND at < ? GROUP BY 1"),
                      {start, end}, QStringLiteral("report closed"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString status = q->value(0).toString();
        const int n = q->value(1).toInt();
        if (status == QLatin1String("cancelled"))
            f.cancelled = n;
        else if (status == QLatin1String("exchanged"))
            f.exchanged = n;
        else if (status == QLatin1String("refunded"))
            f.refunded = n;
        else if (status == QLatin1String("accessory_replaced"))
            f.accessoryReplaced = n;
        else if (status == QLatin1String("disposed"))
            f.disposed = n;
        else
            f.returnedUnrepaired = n;
    }
    return {};
}

// Money taken and given back, overall and by the ticket's technician.
Status revenue(const Database &db, const QString &start, const QString &end, KpiFigures &f,
               QHash<QString, TechnicianFigures> &technicians)
{
    auto q = sql::run(db,
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
    return {};
}

// Names, then the technicians in order of completed tickets.
Status finishTechnicians(const Database &db, QHash<QString, TechnicianFigures> &technicians,
                         QHash<QString, QList<qint64>> &technicianTimes, KpiFigures &f)
{
    auto q = sql::run(db, QStringLiteral("SELECT id, display_name FROM users"), {},
                      QStringLiteral("report users"));
    if (!q)
        return q.error();
    QHash<QString, QString> names;
    while (q->next())
        names.insert(q->value(0).toString(), q->value(1).toString());
    for (auto it = technicians.begin(); it != technicians.end(); ++it) {
        it->name = it->technicianId.isEmpty() ? KpiReport::tr("(no technician)")
                                              : names.value(it->technicianId, it->technicianId);
        it->turnaround = DurationStats::of(std::move(technicianTimes[it->technicianId]));
        f.technicians.append(*it);
    }
    std::sort(f.technicians.begin(), f.technicians.end(),
              [](const TechnicianFigures &a, const TechnicianFigures &b) {
                  if (a.completed != b.completed)
                      return a.completed > b.completed;
                  return a.name < b.name;
              });
    return {};
}

} // namespace

namespace {

// The stages a ticket_facts row keeps, in its column order (s_<status>): every status but the
// remedies (final, and never a stage of a completed ticket).
QList<TicketStatus> factStages()
{
    QList<TicketStatus> stages;
    for (TicketStatus status : TicketLifecycle::allStatuses()) {
        if (!TicketLifecycle::isRemedy(status) && status != TicketStatus::Disposed)
            stages.append(status);
    }
    return stages;
}

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

    // Local midnights from `from` to the day after `to`, as stored text and as seconds.
    QList<QByteArray> boundTexts;
    QList<qint64> bounds;
    for (QDate d = from; d <= to.addDays(1); d = d.addDays(1)) {
        const QDateTime midnight = d.startOfDay(Qt::LocalTime);
        boundTexts.append(sql::timestamp(midnight).toUtf8());
        bounds.append(midnight.toSecsSinceEpoch());
        if (d <= to)
            f.days.append(DayFigures {d, 0, 0});
    }
    const QString start = QString::fromUtf8(boundTexts.first());
    const QString end = QString::fromUtf8(boundTexts.last());

    // Received, per day: a count through the index by creation time for each day.
    {
        SqliteStatement q(db,
                          "SELECT count(*) FROM tickets WHERE created_at >= ?1 AND "
                          "created_at < ?2",
                          QStringLiteral("report received"));
        if (Status s = q.prepared(); !s)
            return s.error();
        for (qsizetype i = 0; i < f.days.size(); ++i) {
            q.bind(1, boundTexts.at(i));
            q.bind(2, boundTexts.at(i + 1));
            const bool row = q.step();
            if (Status s = q.error(); !s)
                return s.error();
            f.days[i].received = row ? sqlite3_column_int(q.get(), 0) : 0;
            f.received += f.days[i].received;
            q.reset();
        }
    }

    if (Status s = closedCounts(db, start, end, f); !s)
        return s.error();

    // Completed tickets: one index entry each with pickup, technician, kind, creation and the
    // seconds spent in each status.
    const QList<TicketStatus> stages = factStages();
    QList<QList<qint64>> stageTimes(stages.size());
    QHash<QString, TechnicianFigures> technicians;
    QHash<QString, QList<qint64>> technicianTimes;
    QList<qint64> turnaround;
    {
        QByteArray text = "SELECT picked_s, technician_id, kind, created_s";
        for (TicketStatus status : stages)
            text += ", s_" + TicketLifecycle::id(status).toLatin1();
        text += " FROM ticket_facts WHERE picked_s >= ?1 AND picked_s < ?2";
        SqliteStatement q(db, text.constData(), QStringLiteral("report completed"));
        if (Status s = q.prepared(); !s)
            return s.error();
        q.bind(1, bounds.first());
        q.bind(2, bounds.last());
        // Few technicians, many rows: found by their id's bytes, no string made per row.
        struct Seen
        {
            QByteArray id;
            TechnicianFigures figures;
            QList<qint64> times;
        };
        std::vector<Seen> seen;
        while (q.step()) {
            sqlite3_stmt *row = q.get();
            const qint64 picked = sqlite3_column_int64(row, 0);
            const char *id = reinterpret_cast<const char *>(sqlite3_column_text(row, 1));
            const size_t idSize = size_t(sqlite3_column_bytes(row, 1));
            auto it = std::find_if(seen.begin(), seen.end(), [&](const Seen &s) {
                return size_t(s.id.size()) == idSize
                       && std::memcmp(s.id.constData(), id, idSize) == 0;
            });
            if (it == seen.end()) {
                seen.push_back(Seen {QByteArray(id, qsizetype(idSize)), {}, {}});
                it = seen.end() - 1;
                it->figures.technicianId = QString::fromUtf8(it->id);
            }
            TechnicianFigures *technician = &it->figures;
            QList<qint64> *times = &it->times;
            const qint64 seconds = picked - sqlite3_column_int64(row, 3);
            turnaround.append(seconds);
            times->append(seconds);
            technician->completed += 1;
            switch (sqlite3_column_int(row, 2)) {
            case 1:
                ++f.warrantyRepairs;
                ++technician->warrantyRepairs;
                break;
            case 2:
                ++f.paidRepairs;
                ++technician->paidRepairs;
                break;
            default:
                ++f.unclassifiedRepairs;
            }
            for (qsizetype i = 0; i < stages.size(); ++i) {
                const int column = 4 + static_cast<int>(i);
                if (sqlite3_column_type(row, column) != SQLITE_NULL)
                    stageTimes[i].append(sqlite3_column_int64(row, column));
            }
            const auto day = std::upper_bound(bounds.cbegin(), bounds.cend(), picked);
            f.days[day - bounds.cbegin() - 1].completed += 1;
        }
        if (Status s = q.error(); !s)
            return s.error();
        for (Seen &s : seen) {
            technicianTimes.insert(s.figures.technicianId, std::move(s.times));
            technicians.insert(s.figures.technicianId, std::move(s.figures));
        }
    }
    f.completed = static_cast<int>(turnaround.size());
    f.turnaround = DurationStats::of(std::move(turnaround));
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (!stageTimes.at(i).isEmpty())
            f.stages.append(StageFigures {TicketLifecycle::id(stages.at(i)),
                                          DurationStats::of(std::move(stageTimes[i]))});
    }

    // Repeat repairs: received in the range, the device's previous pickup within the
    // repair warranty before.
    {
        auto q = sql::run(
            db,
            QStringLiteral("SELECT count(*) FROM ticket_facts WHERE created_at >= ? AND "
                           "created_at < ? AND prev_pickup_at IS NOT NULL AND prev_pickup_at >= "
                           "strftime('%Y-%m-%dT%H:%M:%fZ', created_at, ?)"),
            {start, end, QStringLiteral("-%1 days").arg(repairWarrantyDays)},
            QStringLiteral("report repeats"));
        if (!q)
            return q.error();
        if (q->next())
            f.repeatRepairs = q->value(0).toInt();
    }

    if (Status s = revenue(db, start, end, f, technicians); !s)
        return s.error();
    if (Status s = finishTechnicians(db, technicians, technicianTimes, f); !s)
        return s.error();
    return f;
}

Result<KpiFigures> KpiReport::recount(const Database &db, const QDate &from, const QDate &to,
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

    if (Status s = closedCounts(db, start, end, f); !s)
        return s.error();

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

    if (Status s = revenue(db, start, end, f, technicians); !s)
        return s.error();

    if (Status s = finishTechnicians(db, technicians, technicianTimes, f); !s)
        return s.error();
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
            {QStringLiteral("exchanged"), f.exchanged},
            {QStringLiteral("refunded"), f.refunded},
            {QStringLiteral("accessory_replaced"), f.accessoryReplaced},
            {QStringLiteral("disposed"), f.disposed},
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
        {QStringLiteral("exchanged"), n(f.exchanged)},
        {QStringLiteral("refunded"), n(f.refunded)},
        {QStringLiteral("accessory_replaced"), n(f.accessoryReplaced)},
        {QStringLiteral("disposed"), n(f.disposed)},
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

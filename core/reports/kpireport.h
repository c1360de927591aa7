#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rc {

class Database;

// A distribution of durations, in seconds. The median is the middle value (the mean of the
// two middle values for an even count); the 90th percentile is the nearest-rank value: the
// smallest duration at least 90 % of the durations do not exceed.
struct DurationStats
{
    int count = 0;
    qint64 medianSeconds = 0;
    qint64 p90Seconds = 0;

    static DurationStats of(QList<qint64> seconds);
};

struct StageFigures
{
    QString status; // stable id: received, diagnosing, quoted, …
    DurationStats time; // time spent in that status, per ticket that went through it
};

struct TechnicianFigures
{
    QString technicianId; // empty: tickets with no technician
    QString name;
    int completed = 0;
    int warrantyRepairs = 0;
    int paidRepairs = 0;
    DurationStats turnaround;
    qint64 revenueMinor = 0;
};

struct DayFigures
{
    QDate date;
    int received = 0;
    int completed = 0;
};

// The manager's figures for a date range, read from the ticket timeline (the event log), the
// quotes and the payments. Definitions:
// - received: tickets created in the range;
// - completed: tickets picked up in the range (returned unrepaired and cancelled are counted
//   apart, and so are the remedies: exchanged, refunded, accessory replaced); turnaround: from
//   creation to pickup of the completed tickets; per stage: the time those tickets spent in each
//   status between transitions;
// - repeat repairs: tickets received in the range for a device picked up from an earlier
//   ticket within the repair-warranty days before;
// - warranty vs paid, over the completed tickets: by the approved quote (nothing payable:
//   warranty; something payable: paid); without quote lines, by the warranty verdict
//   (covered: warranty); otherwise unclassified;
// - revenue: payments and deposits taken in the range minus refunds given in it;
// - per technician: the assigned technician of each completed ticket.
// Days are local calendar days: from 00:00 of `from` to 24:00 of `to`.
struct KpiFigures
{
    QDate from;
    QDate to;
    int repairWarrantyDays = 90;
    int received = 0;
    int completed = 0;
    int returnedUnrepaired = 0;
    int cancelled = 0;
    // Tickets closed by a remedy in the range (issue 20): exchanged, refunded, accessory.
    int exchanged = 0;
    int refunded = 0;
    int accessoryReplaced = 0;
    // Uncollected ready phones disposed of in the range (issue 20).
    int disposed = 0;
    DurationStats turnaround;
    QList<StageFigures> stages;
    int repeatRepairs = 0;
    int warrantyRepairs = 0;
    int paidRepairs = 0;
    int unclassifiedRepairs = 0;
    qint64 paymentsMinor = 0;
    qint64 refundsMinor = 0;
    qint64 revenueMinor = 0;
    QString currency = QStringLiteral("CNY");
    QList<TechnicianFigures> technicians;
    QList<DayFigures> days;
};

class KpiReport
{
    Q_DECLARE_TR_FUNCTIONS(KpiReport)

public:
    // Fails with REPORT_RANGE when `to` is before `from` or a date is invalid. Reads the
    // per-ticket report facts the store keeps with every write (table ticket_facts) and the
    // indexes by date: time grows with the tickets in the range, not with the store.
    static Result<KpiFigures> compute(const Database &db, const QDate &from, const QDate &to,
                                      int repairWarrantyDays);
    // The same figures recounted straight from the event log, quotes and payments (every
    // status change of every completed ticket): slow on a big store; the reference the
    // tests hold compute() to.
    static Result<KpiFigures> recount(const Database &db, const QDate &from, const QDate &to,
                                      int repairWarrantyDays);
    static QJsonObject toJson(const KpiFigures &figures);
    // Sections of "metric,value" rows, then the per-stage, per-technician and per-day tables,
    // as CSV (Csv::formatRecord), with English column names.
    static QByteArray toCsv(const KpiFigures &figures);
    // Hours with one decimal, for people: "26.5".
    static QString hours(qint64 seconds);
};

} // namespace rc

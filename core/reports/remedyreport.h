#pragma once

#include "common/result.h"
#include "tickets/money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rc {

class Database;

// Remedies by rule (issue 20): the remedies recorded in a date range (remedies.date, the
// counter's day), per kind and per rule ID of the verdict that allowed them (CN-04, CN-05, …,
// OVERRIDE for a manager's). A remedy citing two rules counts under each, so the rows do not
// add up to the totals; the totals per kind count each remedy once.
struct RemedyRuleRow
{
    QString kind; // refund | exchange | accessory
    QString rule; // CN-04, …, OVERRIDE; "" when the verdict cited none
    int count = 0;
    Money amount; // money gone back (refunds), positive
};

struct RemedyKindTotal
{
    QString kind;
    int count = 0;
    Money amount;
};

struct RemedyFigures
{
    QDate from;
    QDate to;
    QList<RemedyRuleRow> rows; // by kind, then rule
    QList<RemedyKindTotal> totals; // refund, exchange, accessory (each present)
};

// Every refund payment in a date range (payments of kind "refund", by local day of `at`):
// when, which ticket, how much, how, who, and why (the remedy's rules and override reason
// when a remedy paid it, else the payment's reference).
struct RefundRow
{
    QDateTime at; // UTC
    QString paymentId;
    QString ticketNumber;
    Money amount; // positive: money gone back
    QString method;
    QString userName;
    QString why;
};

struct RefundFigures
{
    QDate from;
    QDate to;
    QList<RefundRow> rows; // oldest first
    Money total;
};

class RemedyReport
{
    Q_DECLARE_TR_FUNCTIONS(RemedyReport)

public:
    // REPORT_RANGE when the range is empty or invalid.
    static Result<RemedyFigures> remedies(const Database &db, const QDate &from, const QDate &to);
    static Result<RefundFigures> refunds(const Database &db, const QDate &from, const QDate &to);

    static QJsonObject toJson(const RemedyFigures &f);
    static QJsonObject toJson(const RefundFigures &f);
    // CSV with a header row, every cell neutralised (Csv::formatRecord).
    static QByteArray toCsv(const RemedyFigures &f);
    static QByteArray toCsv(const RefundFigures &f);
};

} // namespace rc

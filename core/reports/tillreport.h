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

// One till line: the money of one day that went through one way of paying.
struct TillLine
{
    QString method; // cash, card, mobile (WeChat, Alipay, mobile payment) or other
    qint64 takingsMinor = 0; // deposits and payments taken
    qint64 refundsMinor = 0; // given back: negative (or 0)
    qint64 netMinor = 0; // takings + refunds
    int count = 0; // payments and refunds
};

// The till for one local calendar day (issue 20): per method, what was taken, what was given
// back and the net, as the manager counts the drawer and the terminals at closing. Refunds are
// the payments of kind "refund", negative; every other payment is a taking. The lines always
// hold cash, card and mobile (zero when nothing went through), then other when used; the total
// line sums them.
struct TillFigures
{
    QDate date;
    QString currency = QStringLiteral("CNY");
    QList<TillLine> lines;
    TillLine total; // method "total"
};

class TillReport
{
    Q_DECLARE_TR_FUNCTIONS(TillReport)

public:
    // The till method a payment method counts under.
    static QString tillMethod(const QString &paymentMethod);
    // REPORT_RANGE when the date is invalid. Days are local: 00:00 to 24:00 at the counter.
    static Result<TillFigures> compute(const Database &db, const QDate &date);
    static QJsonObject toJson(const TillFigures &figures);
    // "date,method,takings,refunds,net,count" rows (Csv::formatRecord, cells neutralised), the
    // total last.
    static QByteArray toCsv(const TillFigures &figures);
};

} // namespace rc

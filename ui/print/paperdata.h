#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// What a printed paper says, as a plain value: the renderer knows nothing of the store, the
// store knows nothing of paper. ticketpaper.h fills one of these from a stored ticket.
namespace rc::print {

enum class PaperKind {
    Intake,
    Quote,
    Pickup,
    Label,
    Exchange, // the exchange certificate (换货凭证, issue 20)
    Refund, // the refund receipt
    Loan, // the loan agreement of a loaner phone (备用机借用协议, CN-07)
    LoanReturn, // its return slip
};
enum class PaperFormat { Thermal80, A4 }; // the label has its own 50 × 30 mm stock
enum class PaperLanguage { Chinese, English };
enum class PaperCopy { Customer, Shop }; // the shop's copy shows the full phone number

// Text the program itself supplies in both languages (warranty sentences, payment methods):
// the paper picks one, whatever language the user interface is in.
struct Bilingual
{
    QString zh;
    QString en;

    const QString &in(PaperLanguage language) const;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
};

struct CenterInfo
{
    QString name;
    QString address;
    QString phone;
};

struct CustomerInfo
{
    QString name;
    QString phone; // as stored; masked on customer copies and labels
    QString address;
};

struct DeviceInfo
{
    QString brand;
    QString model;
    QStringList imeis; // one or two
    QString serial;
    QString colour;
};

struct WarrantyInfo
{
    Bilingual sentence; // the verdict in one sentence, read to the customer
    QStringList ruleIds; // CN-14, EX-4 …
};

struct QuoteLine
{
    enum class Kind { Part, Labour, Other };
    Kind kind = Kind::Part;
    QString description;
    int quantity = 1;
    qint64 unitPrice = 0; // minor units
    bool covered = false; // paid by the warranty, not by the customer

    qint64 total() const { return unitPrice * quantity; }
};

struct Payment
{
    QString kind; // deposit, payment or refund (empty: payment)
    QString method; // cash, wechat, alipay, card, transfer or free text
    qint64 amount = 0; // minor units; negative for a refund
    QDateTime at; // UTC
};

// The 三包 repair record the pickup receipt carries.
struct RepairRecord
{
    QDate droppedOff;
    QString causeFound;
    QString workDone;
    QStringList partsReplaced;
    QDate returned;
    QString technician;
    QDate repairWarrantyEnd;
};

// The remedy that closed the ticket: what the exchange certificate and the refund receipt say.
struct RemedyPaper
{
    QString kind; // exchange, refund or accessory
    QStringList ruleIds; // the verdict's rules the remedy rests on (CN-04, CN-05 …, CN-12)
    QString overrideReason; // a manager's, when the verdict did not allow it
    QList<QPair<Bilingual, bool>> conditions; // the exchange conditions, as confirmed
    QStringList newImeis; // the replacement phone
    Bilingual oldPhone; // what became of the old phone
    QDate date; // the remedy's day; an exchanged phone's warranty restarts on it (CN-12)
    QDateTime at; // UTC
    qint64 amount = 0; // the refund, minor units, positive
    QString method; // cash, card, mobile
    QString approvedBy; // who recorded it
};

// A loaner phone's loan (CN-07): the agreement printed at lend, the return slip at return.
struct LoanInfo
{
    QString imei;
    QString model;
    QString conditionOut; // ok | damaged
    QString conditionBack; // ok | damaged (return slip)
    qint64 deposit = 0; // minor units
    QString method; // cash | card | mobile
    QDate lentOn;
    QDate expectedReturn;
    QDate returnedOn;
    QString depositOutcome; // returned | kept | "" (no deposit)
    QString reason; // why the deposit was kept
};

struct PaperData
{
    CenterInfo center;
    QString ticketNumber; // printed as text and as the barcode
    QString shortNumber; // read aloud and written on the label; empty: derived
    QDateTime receivedAt; // UTC
    QString clerk;

    CustomerInfo customer;
    DeviceInfo device;
    QString fault; // as the customer described it
    Bilingual faultCode; // the performance fault picked at intake (性能故障表), if any
    Bilingual condition; // the marks noted at intake and the clerk's note
    QList<Bilingual> accessories;
    WarrantyInfo warranty; // the current verdict (quote, pickup receipt)
    WarrantyInfo intakeWarranty; // what the customer was told at intake (the intake receipt);
                                 // empty: the same as `warranty`
    std::optional<bool> backupConsent; // nothing: not asked yet
    int uncollectedDays = 90;
    int repairWarrantyDays = 90;

    // Quote
    std::vector<QuoteLine> lines;
    qint64 deposit = 0;
    QString currency = QStringLiteral("CNY");
    // The diagnosis fee (检测费) fixed at intake (0: none), its waiver rule, where it stands
    // (DiagnosisFee::id: covered, pending, waived_on_approval, charged, owed, not_diagnosed,
    // waived_by_manager) and what of it is payable.
    qint64 diagnosisFee = 0;
    bool diagnosisFeeWaiveOnApproval = true;
    QString diagnosisFeeStatus;
    qint64 diagnosisFeeDue = 0;
    QDateTime approvedAt; // null: not approved yet

    // Pickup
    RepairRecord repair;
    std::vector<Payment> payments;

    // Exchange certificate, refund receipt
    std::optional<RemedyPaper> remedy;
    // Loan agreement, return slip
    LoanInfo loan;

    // This printing
    QDateTime printedAt; // UTC; the reprint time when reprint is set
    bool reprint = false;

    QString displayShortNumber() const;
    qint64 quoteTotal() const;
    qint64 coveredTotal() const;
    qint64 customerTotal() const { return quoteTotal() - coveredTotal(); }
    qint64 paidTotal() const;
};

// 13812345678 → 138****5678; shorter numbers keep fewer digits, never all of them.
QString maskPhone(const QString &phone);

QString kindName(PaperKind kind); // intake, quote, pickup, label, exchange, refund
QString formatName(PaperFormat format); // thermal80, a4
QString languageName(PaperLanguage language); // zh_CN, en
std::optional<PaperKind> kindFromName(const QString &name);
std::optional<PaperFormat> formatFromName(const QString &name);
std::optional<PaperLanguage> languageFromName(const QString &name); // zh_CN, zh, en …

} // namespace rc::print

#pragma once

#include "paperdata.h"

// The words printed on papers, in both languages. A paper's language is chosen per print and
// is often not the language of the user interface (a Chinese-speaking clerk hands an English
// receipt to a visitor), so these are carried as zh/en pairs like the warranty sentences,
// not looked up through the installed translator.
namespace rc::print {

enum class Term {
    IntakeTitle,
    QuoteTitle,
    PickupTitle,
    CustomerCopy,
    ShopCopy,
    Reprint,
    TicketNumber,
    ReceivedAt,
    Clerk,
    Customer,
    Name,
    Phone,
    Address,
    Device,
    BrandModel,
    Imei,
    Serial,
    Colour,
    Fault,
    FaultCode,
    Condition,
    Accessories,
    None,
    Warranty,
    Rules,
    DataBackup,
    BackupConsentGiven,
    BackupConsentRefused,
    BackupNotAsked,
    TermsTitle,
    TermsUncollected,
    TermsQuoteFirst,
    CustomerSignature,
    ClerkSignature,
    Date,
    Item,
    Quantity,
    UnitPrice,
    Amount,
    Part,
    Labour,
    Other,
    CoveredMark,
    NoLines,
    Subtotal,
    CoveredByWarranty,
    CustomerPays,
    DepositPaid,
    BalanceDue,
    ApprovalText,
    ApprovedAt,
    RepairRecord,
    DroppedOff,
    CauseFound,
    WorkDone,
    PartsReplaced,
    ReturnDate,
    Technician,
    Payments,
    PaidTotal,
    RepairWarranty,
    RepairWarrantyUntil,
    RepairWarrantyText,
    CollectedSignature,
    PageOf,
    PrintedAt,
    // The exchange certificate and the refund receipt (issue 20)
    ExchangeTitle,
    RefundTitle,
    RemedyDate,
    OldPhone,
    NewPhone,
    ExchangeConditions,
    Confirmed,
    NotConfirmed,
    OldPhoneFate,
    OldPhoneToMaker,
    OldPhoneKept,
    WarrantyRestart,
    WarrantyRestartText,
    WarrantyStart,
    RemedyRules,
    OverrideReason,
    RefundSection,
    RefundAmount,
    RefundMethod,
    ApprovedBy,
    RefundText,
    ExchangeText,
    LoanTitle,
    LoanReturnTitle,
    LoanerPhone,
    LoanerCondition,
    ConditionOk,
    ConditionDamaged,
    LoanDeposit,
    LoanMethod,
    LentOn,
    ExpectedReturn,
    ReturnedOn,
    ConditionBack,
    DepositReturned,
    DepositKept,
    DepositNone,
    Reason,
    LoanTerms,
    LoanRule,
    BorrowerSignature,
};

// The title of a paper of this kind (the label has none: IntakeTitle).
Term titleTerm(PaperKind kind);

QString term(Term which, PaperLanguage language);

// 12345 fen in CNY → ¥123.45; other currencies carry their code (EUR 123.45).
QString formatMoney(qint64 minorUnits, const QString &currency);
// Local date and time at the counter, the same digits in both languages.
QString formatDateTime(const QDateTime &utc);
QString formatDate(const QDate &date);
QString paymentMethodName(const QString &method, PaperLanguage language);

} // namespace rc::print

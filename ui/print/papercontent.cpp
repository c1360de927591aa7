#include "papercontent.h"

#include "barcode.h"
#include "papertext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

namespace rc::print {

namespace {

constexpr qreal mm(qreal millimetres)
{
    return millimetres * kUnitsPerMm;
}

struct Style
{
    QFont centerName;
    QFont title;
    QFont ticket;
    QFont heading;
    QFont body;
    QFont label;
    QFont small;
    QFont smallBold;
    qreal labelWidth;
    qreal sectionGap;
    qreal codeHeight;

    static Style forFormat(PaperFormat format)
    {
        if (format == PaperFormat::A4) {
            return {paperFont(5.2, true),
                    paperFont(5.0, true),
                    paperFont(4.2, true),
                    paperFont(3.7, true),
                    paperFont(3.4),
                    paperFont(3.4, true),
                    paperFont(2.9),
                    paperFont(2.9, true),
                    mm(36),
                    mm(3.0),
                    mm(13)};
        }
        return {paperFont(4.0, true),
                paperFont(3.8, true),
                paperFont(4.4, true),
                paperFont(3.1, true),
                paperFont(2.9),
                paperFont(2.9, true),
                paperFont(2.5),
                paperFont(2.5, true),
                mm(17),
                mm(2.0),
                mm(11)};
    }
};

QString joinList(const QStringList &items, PaperLanguage language)
{
    QStringList kept;
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty())
            kept.append(item.trimmed());
    }
    return kept.join(language == PaperLanguage::Chinese ? QStringLiteral("、")
                                                        : QStringLiteral(", "));
}

// A box painting a barcode into its full width (the quiet zones fall inside it).
void addBarcode(BoxList &boxes, const Barcode &barcode, qreal height, qreal width,
                Qt::Alignment align)
{
    boxes.custom(height, [barcode, height, width, align](QPainter &painter, const QPointF &topLeft,
                                                         qreal available) {
        qreal x = topLeft.x();
        if (align & Qt::AlignHCenter)
            x += (available - width) / 2;
        else if (align & Qt::AlignRight)
            x += available - width;
        barcode.paint(painter, QRectF(x, topLeft.y(), width, height));
    });
}

class Composer
{
public:
    Composer(const PaperData &data, const PaperOptions &options, qreal width)
        : m_data(data)
        , m_options(options)
        , m_style(Style::forFormat(options.format))
        , m_header(width)
        , m_body(width)
    {
    }

    Result<PaperContent> compose();

private:
    QString t(Term which) const { return term(which, m_options.language); }
    bool isA4() const { return m_options.format == PaperFormat::A4; }
    bool zh() const { return m_options.language == PaperLanguage::Chinese; }
    QString colon() const { return zh() ? QStringLiteral("：") : QStringLiteral(": "); }
    QString phone() const
    {
        return m_options.copy == PaperCopy::Shop ? m_data.customer.phone
                                                 : maskPhone(m_data.customer.phone);
    }
    QString brandModel() const
    {
        return QStringList {m_data.device.brand.trimmed(), m_data.device.model.trimmed()}
            .join(QLatin1Char(' '))
            .trimmed();
    }
    QString titleText() const { return t(titleTerm(m_options.kind)); }
    QString reprintText() const
    {
        return t(Term::Reprint) + QStringLiteral(" · ") + formatDateTime(m_data.printedAt);
    }
    QString copyText() const
    {
        return t(m_options.copy == PaperCopy::Shop ? Term::ShopCopy : Term::CustomerCopy);
    }

    void field(Term label, const QString &value)
    {
        m_body.field(t(label), value, m_style.label, m_style.body, m_style.labelWidth);
    }
    void beginSection(Term heading)
    {
        m_body.space(m_style.sectionGap);
        m_body.beginGroup();
        m_body.text(t(heading), m_style.heading);
        m_body.rule(mm(0.15));
    }
    void endSection() { m_body.endGroup(); }
    void customerAndDevice(bool withAddress);
    void warranty(const WarrantyInfo &info);
    void signatures(const std::vector<Term> &labels);

    Status header();
    void labelBody();
    void intakeBody();
    void quoteBody();
    void pickupBody();
    void remedyHead();
    void exchangeBody();
    void refundBody();
    void loanBody(bool returned);
    QString conditionWord(const QString &condition) const
    {
        return t(condition == QLatin1String("damaged") ? Term::ConditionDamaged
                                                       : Term::ConditionOk);
    }
    void footer(PaperContent &content);

    const PaperData &m_data;
    PaperOptions m_options;
    Style m_style;
    BoxList m_header;
    BoxList m_body;
    std::optional<Barcode> m_code128;
    std::optional<Barcode> m_qr;
};

Status Composer::header()
{
    auto code = Barcode::encode(Barcode::Type::Code128, m_data.ticketNumber);
    if (!code)
        return code.error();
    m_code128 = *code;
    auto qr = Barcode::encode(Barcode::Type::QrCode, m_data.ticketNumber);
    if (!qr)
        return qr.error();
    m_qr = *qr;

    const qreal width = m_header.width();
    const QString contact
        = QStringList {m_data.center.address.trimmed(),
                       m_data.center.phone.trimmed().isEmpty()
                           ? QString()
                           : t(Term::Phone) + colon() + m_data.center.phone.trimmed()}
              .filter(QRegularExpression(QStringLiteral("\\S")))
              .join(QStringLiteral("  "));
    if (!isA4()) {
        m_header.text(m_data.center.name, m_style.centerName, Qt::AlignHCenter);
        m_header.text(contact, m_style.small, Qt::AlignHCenter);
        m_header.rule(mm(0.2));
        m_header.text(titleText(), m_style.title, Qt::AlignHCenter);
        m_header.text(copyText(), m_style.small, Qt::AlignHCenter);
        if (m_data.reprint)
            m_header.text(reprintText(), m_style.title, Qt::AlignHCenter);
        m_header.space(mm(1));
        addBarcode(m_header, *m_code128, m_style.codeHeight, width, Qt::AlignHCenter);
        m_header.text(m_data.ticketNumber, m_style.ticket, Qt::AlignHCenter);
        m_header.rule(mm(0.2), true);
        return {};
    }

    const qreal right = mm(75);
    const qreal gap = mm(4);
    m_header.row({Cell {m_data.center.name, m_style.centerName, 0},
                  Cell {titleText(), m_style.title, right, Qt::AlignRight}},
                 gap);
    m_header.row(
        {Cell {contact, m_style.small, 0}, Cell {copyText(), m_style.small, right, Qt::AlignRight}},
        gap);
    if (m_data.reprint)
        m_header.text(reprintText(), m_style.heading, Qt::AlignRight);
    m_header.space(mm(2));
    // Code 128 on the left with the number under it, QR code on the right.
    const qreal codeWidth = mm(80);
    const qreal qrSide = mm(20);
    const QFont ticketFont = m_style.ticket;
    const Barcode code128 = *m_code128;
    const Barcode qrCode = *m_qr;
    const QString number = m_data.ticketNumber;
    const qreal codeHeight = m_style.codeHeight;
    m_header.custom(
        qrSide,
        [=](QPainter &painter, const QPointF &topLeft, qreal available) {
            code128.paint(painter, QRectF(topLeft, QSizeF(codeWidth, codeHeight)));
            painter.setFont(ticketFont);
            painter.setPen(Qt::black);
            const QRectF textRect(topLeft.x(), topLeft.y() + codeHeight, codeWidth,
                                  qrSide - codeHeight);
            painter.drawText(
                textRect, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                QFontMetricsF(ticketFont).elidedText(number, Qt::ElideMiddle, codeWidth));
            qrCode.paint(painter,
                         QRectF(topLeft.x() + available - qrSide, topLeft.y(), qrSide, qrSide));
        },
        number);
    m_header.rule(mm(0.3));
    return {};
}

void Composer::customerAndDevice(bool withAddress)
{
    beginSection(Term::Customer);
    field(Term::Name, m_data.customer.name);
    field(Term::Phone, phone());
    if (withAddress)
        field(Term::Address, m_data.customer.address);
    endSection();

    beginSection(Term::Device);
    field(Term::BrandModel, brandModel());
    for (qsizetype i = 0; i < m_data.device.imeis.size(); ++i) {
        const QString label = m_data.device.imeis.size() > 1 ? QStringLiteral("IMEI %1").arg(i + 1)
                                                             : QStringLiteral("IMEI");
        m_body.field(label, m_data.device.imeis.at(i), m_style.label, m_style.body,
                     m_style.labelWidth);
    }
    if (withAddress) {
        field(Term::Serial, m_data.device.serial);
        field(Term::Colour, m_data.device.colour);
    }
    endSection();
}

void Composer::warranty(const WarrantyInfo &info)
{
    if (info.sentence.isEmpty() && info.ruleIds.isEmpty())
        return;
    beginSection(Term::Warranty);
    m_body.text(info.sentence.in(m_options.language), m_style.body);
    if (!info.ruleIds.isEmpty())
        m_body.text(t(Term::Rules) + colon() + info.ruleIds.join(QStringLiteral(", ")),
                    m_style.smallBold);
    endSection();
}

void Composer::signatures(const std::vector<Term> &labels)
{
    m_body.space(m_style.sectionGap);
    const QFont font = m_style.body;
    std::vector<QString> texts;
    for (Term label : labels)
        texts.push_back(t(label) + colon());
    const int perRow = isA4() ? 2 : 1;
    const qreal height = mm(isA4() ? 11 : 9);
    m_body.beginGroup();
    for (size_t first = 0; first < texts.size(); first += perRow) {
        std::vector<QString> row(
            texts.begin() + static_cast<qsizetype>(first),
            texts.begin() + static_cast<qsizetype>(std::min(texts.size(), first + perRow)));
        m_body.custom(
            height,
            [row, font, perRow](QPainter &painter, const QPointF &topLeft, qreal width) {
                const qreal gap = mm(6);
                const qreal cell = (width - gap * (perRow - 1)) / perRow;
                const QFontMetricsF metrics(font);
                painter.setFont(font);
                for (size_t i = 0; i < row.size(); ++i) {
                    const qreal x = topLeft.x() + static_cast<qreal>(i) * (cell + gap);
                    const qreal baseline = topLeft.y() + mm(7);
                    const QString label = metrics.elidedText(row[i], Qt::ElideRight, cell * 0.6);
                    painter.setPen(Qt::black);
                    painter.drawText(QPointF(x, baseline), label);
                    const qreal lineStart = x + metrics.horizontalAdvance(label) + mm(1);
                    painter.setPen(QPen(Qt::black, mm(0.15)));
                    painter.drawLine(QPointF(lineStart, baseline + mm(0.6)),
                                     QPointF(x + cell, baseline + mm(0.6)));
                }
            },
            QStringList(row.begin(), row.end()).join(QLatin1Char(' ')));
    }
    m_body.endGroup();
}

void Composer::intakeBody()
{
    field(Term::ReceivedAt, formatDateTime(m_data.receivedAt));
    field(Term::Clerk, m_data.clerk);
    customerAndDevice(true);

    beginSection(Term::Fault);
    m_body.text(m_data.fault, m_style.body);
    endSection();
    m_body.space(mm(1));
    if (!m_data.faultCode.isEmpty())
        field(Term::FaultCode, m_data.faultCode.in(m_options.language));
    field(Term::Condition, m_data.condition.in(m_options.language));
    QStringList accessoryNames;
    for (const Bilingual &accessory : m_data.accessories)
        accessoryNames.append(accessory.in(m_options.language));
    const QString accessories = joinList(accessoryNames, m_options.language);
    field(Term::Accessories, accessories.isEmpty() ? t(Term::None) : accessories);

    // A reprint says what the customer was told then, not a later diagnosis's verdict.
    const bool intakeKnown
        = !m_data.intakeWarranty.sentence.isEmpty() || !m_data.intakeWarranty.ruleIds.isEmpty();
    warranty(intakeKnown ? m_data.intakeWarranty : m_data.warranty);

    beginSection(Term::DataBackup);
    m_body.text(
        t(!m_data.backupConsent.has_value()
              ? Term::BackupNotAsked
              : (*m_data.backupConsent ? Term::BackupConsentGiven : Term::BackupConsentRefused)),
        m_style.body);
    endSection();

    beginSection(Term::TermsTitle);
    m_body.text(t(Term::TermsQuoteFirst), m_style.small);
    m_body.text(t(Term::TermsUncollected).arg(m_data.uncollectedDays), m_style.small);
    // 费用透明: the fee and its waiver rule, told before any work.
    if (m_data.diagnosisFee > 0)
        m_body.text(t(m_data.diagnosisFeeWaiveOnApproval ? Term::DiagnosisFeeTermsWaive
                                                         : Term::DiagnosisFeeTermsAdd)
                        .arg(formatMoney(m_data.diagnosisFee, m_data.currency)),
                    m_style.small);
    endSection();

    signatures({Term::CustomerSignature, Term::ClerkSignature});

    if (!isA4() && m_qr) {
        // The roll has room for the QR code too: phones scan it at the counter.
        m_body.space(mm(3));
        const qreal side = mm(22);
        addBarcode(m_body, *m_qr, side, side, Qt::AlignHCenter);
    }
}

void Composer::quoteBody()
{
    field(Term::ReceivedAt, formatDateTime(m_data.receivedAt));
    field(Term::Name, m_data.customer.name);
    field(Term::Phone, phone());
    field(Term::BrandModel, brandModel());
    if (!m_data.device.imeis.isEmpty())
        m_body.field(QStringLiteral("IMEI"), m_data.device.imeis.join(QStringLiteral(" / ")),
                     m_style.label, m_style.body, m_style.labelWidth);

    m_body.space(m_style.sectionGap);
    const qreal gap = mm(1.5);
    const qreal qty = mm(isA4() ? 14 : 7);
    const qreal unit = mm(26);
    const qreal amount = mm(isA4() ? 28 : 17);
    const qreal kind = mm(18);
    const auto tableRow = [&](const QString &item, const QString &kindText, const QString &q,
                              const QString &u, const QString &a, const QFont &font) {
        std::vector<Cell> cells;
        cells.push_back(Cell {item, font, 0});
        if (isA4())
            cells.push_back(Cell {kindText, font, kind});
        cells.push_back(Cell {q, font, qty, Qt::AlignRight});
        if (isA4())
            cells.push_back(Cell {u, font, unit, Qt::AlignRight});
        cells.push_back(Cell {a, font, amount, Qt::AlignRight});
        m_body.row(std::move(cells), gap);
    };
    m_body.beginGroup();
    // On A4 the column heads come again at the top of every page the lines run onto.
    m_body.beginTable();
    tableRow(t(Term::Item), QString(), t(Term::Quantity), t(Term::UnitPrice), t(Term::Amount),
             m_style.label);
    m_body.rule(mm(0.2));
    m_body.endTableHead();
    if (m_data.lines.empty())
        m_body.text(t(Term::NoLines), m_style.body);
    for (size_t i = 0; i < m_data.lines.size(); ++i) {
        const QuoteLine &line = m_data.lines[i];
        const Term kindTerm
            = line.kind == QuoteLine::Kind::Part
                  ? Term::Part
                  : (line.kind == QuoteLine::Kind::Labour ? Term::Labour : Term::Other);
        QString item = line.description;
        if (!isA4())
            item = t(kindTerm) + QStringLiteral(" · ") + item;
        if (line.covered)
            item += QStringLiteral(" [") + t(Term::CoveredMark) + QLatin1Char(']');
        tableRow(item, t(kindTerm), QString::number(line.quantity),
                 formatMoney(line.unitPrice, m_data.currency),
                 formatMoney(line.total(), m_data.currency), m_style.body);
        if (i == 0)
            m_body.endGroup(); // the column heads stay with the first line
    }
    m_body.endGroup();
    m_body.endTable();
    m_body.rule(mm(0.2));

    const auto total = [&](Term label, qint64 value, const QFont &font) {
        m_body.row({Cell {t(label), font, 0, Qt::AlignRight},
                    Cell {formatMoney(value, m_data.currency), font, amount, Qt::AlignRight}},
                   gap);
    };
    m_body.beginGroup();
    total(Term::Subtotal, m_data.quoteTotal(), m_style.body);
    total(Term::CoveredByWarranty, -m_data.coveredTotal(), m_style.body);
    const qint64 fee
        = m_data.diagnosisFeeStatus == QLatin1String("charged") ? m_data.diagnosisFee : 0;
    if (m_data.diagnosisFee > 0) {
        const QString status = m_data.diagnosisFeeStatus;
        if (status == QLatin1String("charged"))
            total(Term::DiagnosisFee, m_data.diagnosisFee, m_style.body);
        else if (status == QLatin1String("waived_on_approval"))
            total(Term::DiagnosisFeeWaived, 0, m_style.body);
        else if (status == QLatin1String("covered"))
            total(Term::DiagnosisFeeCovered, 0, m_style.body);
        else if (status == QLatin1String("waived_by_manager"))
            total(Term::DiagnosisFeeWaivedByManager, 0, m_style.body);
    }
    total(Term::CustomerPays, m_data.customerTotal() + fee, m_style.label);
    if (m_data.deposit != 0) {
        total(Term::DepositPaid, m_data.deposit, m_style.body);
        total(Term::BalanceDue, m_data.customerTotal() + fee - m_data.deposit, m_style.label);
    }
    // Not answered yet: the fee and what approving does to it (费用透明).
    if (m_data.diagnosisFee > 0 && m_data.diagnosisFeeStatus == QLatin1String("pending"))
        m_body.text(t(m_data.diagnosisFeeWaiveOnApproval ? Term::DiagnosisFeeTermsWaive
                                                         : Term::DiagnosisFeeTermsAdd)
                        .arg(formatMoney(m_data.diagnosisFee, m_data.currency)),
                    m_style.small);
    m_body.endGroup();

    warranty(m_data.warranty);

    m_body.space(m_style.sectionGap);
    m_body.beginGroup();
    m_body.text(t(Term::ApprovalText), m_style.body);
    if (m_data.approvedAt.isValid())
        m_body.text(t(Term::ApprovedAt) + colon() + formatDateTime(m_data.approvedAt),
                    m_style.label);
    m_body.endGroup();
    signatures({Term::CustomerSignature, Term::Date});
}

void Composer::pickupBody()
{
    field(Term::Name, m_data.customer.name);
    field(Term::Phone, phone());
    field(Term::BrandModel, brandModel());
    if (!m_data.device.imeis.isEmpty())
        m_body.field(QStringLiteral("IMEI"), m_data.device.imeis.join(QStringLiteral(" / ")),
                     m_style.label, m_style.body, m_style.labelWidth);

    const RepairRecord &record = m_data.repair;
    beginSection(Term::RepairRecord);
    field(Term::DroppedOff,
          formatDate(record.droppedOff.isValid() ? record.droppedOff
                                                 : m_data.receivedAt.toLocalTime().date()));
    field(Term::Fault, m_data.fault);
    field(Term::CauseFound, record.causeFound);
    field(Term::WorkDone, record.workDone);
    const QString parts = joinList(record.partsReplaced, m_options.language);
    field(Term::PartsReplaced, parts.isEmpty() ? t(Term::None) : parts);
    field(Term::ReturnDate, formatDate(record.returned));
    field(Term::Technician, record.technician);
    endSection();

    if (!m_data.payments.empty() || !m_data.lines.empty()) {
        beginSection(Term::Payments);
        const qreal gap = mm(1.5);
        const qreal amount = mm(isA4() ? 28 : 17);
        const QString feeStatus = m_data.diagnosisFeeStatus;
        const bool unrepairedFee = feeStatus == QLatin1String("owed");
        if (!m_data.lines.empty() && !unrepairedFee) {
            m_body.row({Cell {t(Term::CustomerPays), m_style.body, 0},
                        Cell {formatMoney(m_data.customerTotal(), m_data.currency), m_style.body,
                              amount, Qt::AlignRight}},
                       gap);
        }
        if (m_data.diagnosisFee > 0) {
            // The fee's line: charged (waiver off, or owed without a repair) or why not.
            Term label = Term::DiagnosisFee;
            qint64 value = m_data.diagnosisFeeDue;
            if (feeStatus == QLatin1String("waived_on_approval"))
                label = Term::DiagnosisFeeWaived;
            else if (feeStatus == QLatin1String("covered"))
                label = Term::DiagnosisFeeCovered;
            else if (feeStatus == QLatin1String("waived_by_manager"))
                label = Term::DiagnosisFeeWaivedByManager;
            if (label != Term::DiagnosisFee || value > 0)
                m_body.row(
                    {Cell {t(label), m_style.body, 0}, Cell {formatMoney(value, m_data.currency),
                                                             m_style.body, amount, Qt::AlignRight}},
                    gap);
        }
        for (const Payment &payment : m_data.payments) {
            QString method = paymentMethodName(payment.method, m_options.language);
            if (payment.kind == QLatin1String("deposit") || payment.kind == QLatin1String("refund"))
                method = paymentMethodName(payment.kind, m_options.language) + QStringLiteral(" · ")
                         + method;
            m_body.row({Cell {method, m_style.body, 0},
                        Cell {formatDateTime(payment.at), m_style.small, mm(isA4() ? 40 : 25)},
                        Cell {formatMoney(payment.amount, m_data.currency), m_style.body, amount,
                              Qt::AlignRight}},
                       gap);
        }
        m_body.row({Cell {t(Term::PaidTotal), m_style.label, 0},
                    Cell {formatMoney(m_data.paidTotal(), m_data.currency), m_style.label, amount,
                          Qt::AlignRight}},
                   gap);
        endSection();
    }

    if (record.repairWarrantyEnd.isValid()) {
        beginSection(Term::RepairWarranty);
        field(Term::RepairWarrantyUntil, formatDate(record.repairWarrantyEnd));
        m_body.text(t(Term::RepairWarrantyText)
                        .arg(m_data.repairWarrantyDays)
                        .arg(formatDate(record.repairWarrantyEnd)),
                    m_style.small);
        endSection();
    }
    warranty(m_data.warranty);
    signatures({Term::CollectedSignature, Term::Date});
}

// The customer, the returned phone and the remedy's day, rules and approver: what both remedy
// papers start with.
void Composer::remedyHead()
{
    const RemedyPaper &remedy = *m_data.remedy;
    field(Term::RemedyDate, formatDate(remedy.date));
    field(Term::ReceivedAt, formatDateTime(m_data.receivedAt));
    beginSection(Term::Customer);
    field(Term::Name, m_data.customer.name);
    field(Term::Phone, phone());
    endSection();
    beginSection(Term::OldPhone);
    field(Term::BrandModel, brandModel());
    for (qsizetype i = 0; i < m_data.device.imeis.size(); ++i)
        m_body.field(m_data.device.imeis.size() > 1 ? QStringLiteral("IMEI %1").arg(i + 1)
                                                    : QStringLiteral("IMEI"),
                     m_data.device.imeis.at(i), m_style.label, m_style.body, m_style.labelWidth);
    field(Term::Fault, m_data.fault);
    endSection();
}

void Composer::exchangeBody()
{
    const RemedyPaper &remedy = *m_data.remedy;
    remedyHead();

    beginSection(Term::NewPhone);
    field(Term::BrandModel, brandModel());
    for (qsizetype i = 0; i < remedy.newImeis.size(); ++i)
        m_body.field(remedy.newImeis.size() > 1 ? QStringLiteral("IMEI %1").arg(i + 1)
                                                : QStringLiteral("IMEI"),
                     remedy.newImeis.at(i), m_style.label, m_style.body, m_style.labelWidth);
    endSection();

    // Each condition as it was confirmed at the counter, one line each.
    beginSection(Term::ExchangeConditions);
    for (const auto &[condition, confirmed] : remedy.conditions)
        m_body.text(condition.in(m_options.language)
                        + (zh() ? QStringLiteral("　") : QStringLiteral(" — "))
                        + t(confirmed ? Term::Confirmed : Term::NotConfirmed),
                    m_style.body);
    endSection();

    m_body.space(m_style.sectionGap);
    field(Term::OldPhoneFate, remedy.oldPhone.in(m_options.language));

    beginSection(Term::WarrantyRestart);
    field(Term::WarrantyStart, formatDate(remedy.date));
    m_body.text(t(Term::WarrantyRestartText).arg(formatDate(remedy.date)), m_style.small);
    endSection();

    m_body.space(m_style.sectionGap);
    m_body.text(t(Term::ExchangeText), m_style.body);
    field(Term::RemedyRules, remedy.ruleIds.join(QStringLiteral(", ")));
    if (!remedy.overrideReason.isEmpty())
        field(Term::OverrideReason, remedy.overrideReason);
    field(Term::ApprovedBy, remedy.approvedBy);
    signatures({Term::CustomerSignature, Term::ClerkSignature});
}

void Composer::refundBody()
{
    const RemedyPaper &remedy = *m_data.remedy;
    remedyHead();

    beginSection(Term::RefundSection);
    const qreal amount = mm(isA4() ? 34 : 22);
    m_body.row({Cell {t(Term::RefundAmount), m_style.label, 0},
                Cell {formatMoney(remedy.amount, m_data.currency), m_style.heading, amount,
                      Qt::AlignRight}},
               mm(1.5));
    field(Term::RefundMethod, paymentMethodName(remedy.method, m_options.language));
    field(Term::ApprovedBy, remedy.approvedBy);
    field(Term::OldPhoneFate, remedy.oldPhone.in(m_options.language));
    endSection();

    m_body.space(m_style.sectionGap);
    m_body.text(t(Term::RefundText), m_style.body);
    field(Term::RemedyRules, remedy.ruleIds.join(QStringLiteral(", ")));
    if (!remedy.overrideReason.isEmpty())
        field(Term::OverrideReason, remedy.overrideReason);
    signatures({Term::CustomerSignature, Term::ClerkSignature});
}

// The loan agreement (returned false) and its return slip: the borrower, the loaner phone
// and its condition, the security, the terms and CN-07; the slip adds the condition found and
// what became of the security.
void Composer::loanBody(bool returned)
{
    const LoanInfo &loan = m_data.loan;
    field(Term::Name, m_data.customer.name);
    field(Term::Phone, phone());
    field(Term::BrandModel, brandModel());
    beginSection(Term::LoanerPhone);
    field(Term::BrandModel, loan.model);
    m_body.field(QStringLiteral("IMEI"), loan.imei, m_style.label, m_style.body,
                 m_style.labelWidth);
    field(Term::LoanerCondition, conditionWord(loan.conditionOut));
    field(Term::LentOn, formatDate(loan.lentOn));
    field(Term::ExpectedReturn, formatDate(loan.expectedReturn));
    field(Term::LoanDeposit, formatMoney(loan.deposit, m_data.currency));
    if (loan.deposit != 0)
        field(Term::LoanMethod, paymentMethodName(loan.method, m_options.language));
    endSection();
    if (returned) {
        beginSection(Term::LoanReturnTitle);
        field(Term::ReturnedOn, formatDate(loan.returnedOn));
        field(Term::ConditionBack, conditionWord(loan.conditionBack));
        if (loan.depositOutcome == QLatin1String("kept")) {
            field(Term::DepositKept, formatMoney(loan.deposit, m_data.currency));
            field(Term::Reason, loan.reason);
        } else if (loan.depositOutcome == QLatin1String("returned")) {
            field(Term::DepositReturned, formatMoney(loan.deposit, m_data.currency));
        } else {
            m_body.text(t(Term::DepositNone), m_style.body);
        }
        endSection();
    } else {
        beginSection(Term::TermsTitle);
        m_body.text(t(Term::LoanTerms), m_style.small);
        endSection();
    }
    m_body.text(t(Term::LoanRule), m_style.small);
    signatures({returned ? Term::CustomerSignature : Term::BorrowerSignature, Term::Date});
}

void Composer::labelBody()
{
    // 47 × 27 mm inside the margins: barcode, number, short number and phone, model.
    const qreal width = m_body.width();
    addBarcode(m_body, *m_code128, mm(10), width, Qt::AlignHCenter);
    const QFont numberFont = paperFont(2.3);
    QString number = m_data.ticketNumber;
    if (m_data.reprint)
        number += QStringLiteral(" · ") + t(Term::Reprint);
    m_body.text(QFontMetricsF(numberFont).elidedText(number, Qt::ElideMiddle, width), numberFont,
                Qt::AlignHCenter);
    const QFont shortFont = paperFont(5.2, true);
    const QFont phoneFont = paperFont(2.8, true);
    const qreal phoneWidth = mm(20);
    m_body.row({Cell {QFontMetricsF(shortFont).elidedText(
                          m_data.displayShortNumber(), Qt::ElideLeft, width - phoneWidth - mm(1)),
                      shortFont, 0},
                Cell {QFontMetricsF(phoneFont).elidedText(maskPhone(m_data.customer.phone),
                                                          Qt::ElideRight, phoneWidth),
                      phoneFont, phoneWidth, Qt::AlignRight}},
               mm(1));
    const QFont modelFont = paperFont(2.8);
    m_body.text(QFontMetricsF(modelFont).elidedText(brandModel(), Qt::ElideRight, width),
                modelFont);
}

void Composer::footer(PaperContent &content)
{
    const QString printed
        = m_data.reprint ? reprintText()
                         : t(Term::PrintedAt) + QLatin1Char(' ') + formatDateTime(m_data.printedAt);
    if (!isA4()) {
        m_body.space(mm(2));
        m_body.text(printed, m_style.small, Qt::AlignHCenter);
        return;
    }
    const QFont font = m_style.small;
    const QString pageOf = t(Term::PageOf);
    content.footerTexts = {printed, pageOf};
    content.footerHeight = mm(8);
    content.footer = [font, printed, pageOf](QPainter &painter, const QRectF &rect, int page,
                                             int pageCount) {
        painter.setPen(QPen(Qt::black, mm(0.15)));
        painter.drawLine(QPointF(rect.left(), rect.top() + mm(2)),
                         QPointF(rect.right(), rect.top() + mm(2)));
        painter.setFont(font);
        const QRectF text = rect.adjusted(0, mm(2.5), 0, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, printed);
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                         pageOf.arg(page + 1).arg(pageCount));
    };
}

Result<PaperContent> Composer::compose()
{
    PaperContent content;
    if (m_data.ticketNumber.trimmed().isEmpty())
        return Error {QStringLiteral("PAPER_NO_TICKET"),
                      QStringLiteral("the paper has no ticket number")};
    if (m_options.kind == PaperKind::Label) {
        auto code = Barcode::encode(Barcode::Type::Code128, m_data.ticketNumber);
        if (!code)
            return code.error();
        m_code128 = *code;
        labelBody();
        content.body = m_body.boxes();
        return content;
    }
    const bool remedyPaper
        = m_options.kind == PaperKind::Exchange || m_options.kind == PaperKind::Refund;
    if (remedyPaper
        && (!m_data.remedy
            || m_data.remedy->kind
                   != (m_options.kind == PaperKind::Exchange ? QLatin1String("exchange")
                                                             : QLatin1String("refund"))))
        return Error {QStringLiteral("PAPER_NO_REMEDY"),
                      QStringLiteral("ticket %1 was not closed by %2")
                          .arg(m_data.ticketNumber, m_options.kind == PaperKind::Exchange
                                                        ? QStringLiteral("an exchange")
                                                        : QStringLiteral("a refund"))};
    if (auto status = header(); !status)
        return status.error();
    switch (m_options.kind) {
    case PaperKind::Exchange:
        exchangeBody();
        break;
    case PaperKind::Refund:
        refundBody();
        break;
    case PaperKind::Quote:
        quoteBody();
        break;
    case PaperKind::Pickup:
        pickupBody();
        break;
    case PaperKind::Loan:
        loanBody(false);
        break;
    case PaperKind::LoanReturn:
        loanBody(true);
        break;
    default:
        intakeBody();
        break;
    }
    footer(content);
    content.header = m_header.boxes();
    content.body = m_body.boxes();
    return content;
}

} // namespace

PaperGeometry paperGeometry(const PaperOptions &options)
{
    if (options.kind == PaperKind::Label)
        return {QSizeF(50, 30), QMarginsF(1.5, 1.5, 1.5, 1.5)};
    if (options.format == PaperFormat::A4)
        return {QSizeF(210, 297), QMarginsF(15, 12, 15, 12)};
    // 80 mm roll, 72 mm printed by the head; room to tear off at the end.
    return {QSizeF(80, 0), QMarginsF(4, 3, 4, 8)};
}

Result<PaperContent> composePaper(const PaperData &data, const PaperOptions &options,
                                  qreal contentWidth)
{
    return Composer(data, options, contentWidth).compose();
}

} // namespace rc::print

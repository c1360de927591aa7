#include "devicepanel.h"

#include "identifiers/tacdatabase.h"
#include "services.h"
#include "store/settingsrepository.h"
#include "store/ticketsearch.h"
#include "tickets/ticketstatus.h"
#include "widgets/imeiedit.h"
#include "workflow/workflows.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace rc::ui {

namespace {

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QString coloured(const QString &text, const char *colour)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(QLatin1String(colour), text.toHtmlEscaped());
}

} // namespace

DevicePanel::DevicePanel(Services &services, QWidget *parent)
    : QGroupBox(tr("Phone"), parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("deviceBox"));
    m_lookUpDelay = new QTimer(this);
    m_lookUpDelay->setSingleShot(true);
    m_lookUpDelay->setInterval(ImeiEdit::burstGapMs);
    connect(m_lookUpDelay, &QTimer::timeout, this, &DevicePanel::lookUpDevice);
    auto *form = new QFormLayout(this);

    m_imei = new ImeiEdit(this);
    m_imei->setObjectName(QStringLiteral("imeiEdit"));
    m_imei->setPlaceholderText(tr("Scan or type the IMEI (*#06#)"));
    form->addRow(tr("IMEI:"), m_imei);
    m_imeiMessage = messageLabel(this, QStringLiteral("imeiMessage"));
    m_imeiSuggestion = new QPushButton(this);
    m_imeiSuggestion->setObjectName(QStringLiteral("imeiSuggestionButton"));
    m_imeiSuggestion->setVisible(false);
    auto *imeiRow = new QHBoxLayout;
    imeiRow->addWidget(m_imeiMessage, 1);
    imeiRow->addWidget(m_imeiSuggestion);
    form->addRow(QString(), imeiRow);

    m_imei2 = new ImeiEdit(this);
    m_imei2->setObjectName(QStringLiteral("imei2Edit"));
    m_imei2->setPlaceholderText(tr("Dual-SIM phones only"));
    form->addRow(tr("IMEI 2:"), m_imei2);
    m_imei2Message = messageLabel(this, QStringLiteral("imei2Message"));
    form->addRow(QString(), m_imei2Message);

    m_brand = new QLineEdit(this);
    m_brand->setObjectName(QStringLiteral("brandEdit"));
    form->addRow(tr("Brand:"), m_brand);
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("modelEdit"));
    form->addRow(tr("Model:"), m_model);

    m_history = messageLabel(this, QStringLiteral("deviceHistoryLabel"));
    form->addRow(m_history);
    m_repeatWarning = messageLabel(this, QStringLiteral("repeatRepairLabel"));
    m_repeatWarning->setStyleSheet(
        QStringLiteral("background:#fbe7b5; padding:4px; border-radius:3px;"));
    form->addRow(m_repeatWarning);

    connect(m_imei, &QLineEdit::textChanged, this, &DevicePanel::imeiChanged);
    connect(m_imei2, &QLineEdit::textChanged, this, &DevicePanel::imei2Changed);
    connect(m_imei, &ImeiEdit::committed, this, [this] {
        flushLookUp();
        if (m_id1.isValid())
            emit imeiCommitted();
    });
    // The second IMEI (a dual-SIM phone's) moves on to the brand once it is valid or empty.
    connect(m_imei2, &ImeiEdit::committed, this, [this] {
        if (m_imei2->text().trimmed().isEmpty() || m_id2.isValid())
            m_brand->setFocus();
    });
    connect(m_imeiSuggestion, &QPushButton::clicked, this,
            [this] { m_imei->setText(m_id1.suggestion()); });
    connect(m_brand, &QLineEdit::textEdited, this, &DevicePanel::brandModelEdited);
    connect(m_model, &QLineEdit::textEdited, this, &DevicePanel::brandModelEdited);
}

QString DevicePanel::imeiText() const
{
    return m_imei->text();
}

QString DevicePanel::imei2Text() const
{
    return m_imei2->text();
}

QString DevicePanel::brand() const
{
    return m_brand->text().trimmed();
}

QString DevicePanel::model() const
{
    return m_model->text().trimmed();
}

void DevicePanel::clear()
{
    const QSignalBlocker b1(m_imei), b2(m_imei2);
    m_lookUpDelay->stop();
    m_imei->clear();
    m_imei2->clear();
    m_id1 = DeviceId::parse({});
    m_id2 = DeviceId::parse({});
    m_imeiMessage->clear();
    m_imei2Message->clear();
    m_imeiSuggestion->setVisible(false);
    m_brand->clear();
    m_model->clear();
    m_tacBrand.clear();
    m_tacModel.clear();
    m_brandEdited = false;
    m_history->clear();
    m_historyImei.clear();
    m_repeatWarning->clear();
    m_repeatWarning->setVisible(false);
}

void DevicePanel::restore(const QString &imei, const QString &imei2, const QString *brand,
                          const QString *model)
{
    // The TAC table and the device's history fill in as for a scan.
    m_imei->setText(imei);
    flushLookUp();
    m_imei2->setText(imei2);
    if (brand) {
        m_brandEdited = true;
        m_brand->setText(*brand);
        m_model->setText(model ? *model : QString());
    }
}

void DevicePanel::showImeiState(const DeviceId &id, QLabel *label, bool second)
{
    if (id.raw().trimmed().isEmpty()) {
        label->clear();
        return;
    }
    if (!id.isValid()) {
        label->setText(coloured(id.errorMessage(), "#b3261e"));
        return;
    }
    QStringList lines;
    QString kind;
    switch (id.kind()) {
    case DeviceIdKind::ImeiSv:
        kind = tr("IMEISV: IMEI %1").arg(id.imei());
        break;
    case DeviceIdKind::Meid:
        kind = tr("MEID %1").arg(id.meid());
        break;
    case DeviceIdKind::Esn:
        kind = tr("ESN %1").arg(id.esn());
        break;
    default:
        kind = tr("IMEI valid");
        break;
    }
    lines << coloured(QStringLiteral("✔ ") + kind, "#1e7b34");
    for (DeviceIdWarning warning : id.warnings()) {
        if (second && warning == DeviceIdWarning::UnknownTac)
            continue;
        lines << coloured(QStringLiteral("⚠ ") + DeviceId::warningMessage(warning), "#8a5300");
    }
    label->setText(lines.join(QStringLiteral("<br>")));
}

void DevicePanel::imeiChanged()
{
    // Called for every key of a scan: only parsing here. The TAC table, the store and the
    // engine are asked once the IMEI is whole and the keys have stopped (or Enter/Tab came),
    // so a scanner's burst is never slowed down.
    m_id1 = DeviceId::parse(m_imei->text());
    m_imeiSuggestion->setVisible(m_id1.error() == DeviceIdError::Incomplete);
    if (m_id1.error() == DeviceIdError::Incomplete)
        m_imeiSuggestion->setText(tr("Use %1").arg(m_id1.suggestion()));
    showImeiState(m_id1, m_imeiMessage, false);
    m_lookUpDelay->start();
    emit edited();
}

void DevicePanel::flushLookUp()
{
    if (m_lookUpDelay->isActive()) {
        m_lookUpDelay->stop();
        lookUpDevice();
    }
}

void DevicePanel::lookUpDevice()
{
    if (m_id1.isValid() && !m_id1.imei().isEmpty()) {
        // What this center (or head office) learned about the TAC comes first: it goes into
        // the lookup's overlay, which wins over the built-in table.
        m_services.workflows.intake.lookUpTac(m_id1.imei());
        m_id1.lookUpTac(m_services.tacs);
        IntakeContext context;
        context.otherImei = m_imei2->text();
        context.typedBrand = m_brandEdited ? m_brand->text() : QString();
        m_id1.applyIntakeContext(context);
        m_tacBrand = m_id1.brand();
        m_tacModel = m_id1.model();
        if (!m_brandEdited) {
            m_brand->setText(m_tacBrand);
            m_model->setText(m_tacModel);
        }
        lookUpHistory(m_id1.imei());
        showImeiState(m_id1, m_imeiMessage, false);
    } else {
        m_history->clear();
        m_historyImei.clear();
        m_repeatWarning->setVisible(false);
    }
    // The desk reads the phone's history for the verdict: ask again now the IMEI is known.
    emit lookedUp();
}

void DevicePanel::imei2Changed()
{
    m_id2 = DeviceId::parse(m_imei2->text());
    if (m_id2.isValid()) {
        IntakeContext context;
        context.otherImei = m_imei->text();
        m_id2.applyIntakeContext(context);
    }
    showImeiState(m_id2, m_imei2Message, true);
    emit edited();
}

void DevicePanel::brandModelEdited()
{
    m_brandEdited = true;
    emit edited();
}

void DevicePanel::showHeadOfficeTickets(const QString &imei,
                                        const QList<sync::HqDeviceTicket> &tickets)
{
    if (imei.isEmpty() || imei != m_historyImei)
        return;
    QStringList lines;
    const sync::HqDeviceTicket *lastPickedUp = nullptr;
    for (const sync::HqDeviceTicket &t : tickets) {
        if (m_localNumbers.contains(t.number, Qt::CaseInsensitive))
            continue; // listed above, from this store
        const auto status = TicketLifecycle::fromId(t.status);
        if (status == TicketStatus::PickedUp && t.closedAt.isValid()
            && (!lastPickedUp || t.closedAt > lastPickedUp->closedAt))
            lastPickedUp = &t;
        lines << QStringLiteral("%1 · %2 · %3 · %4")
                     .arg(t.createdAt.toLocalTime().date().toString(Qt::ISODate), t.center,
                          t.number, status ? TicketLifecycle::label(*status) : t.status)
                     .toHtmlEscaped();
    }
    if (lines.isEmpty()) {
        m_history->setText(m_localHistory);
        return;
    }
    // Repaired at another center within the repair warranty (RW-1, which the verdict counts
    // too): the same warning as for our own repair, unless that one shows already.
    if (lastPickedUp && !m_repeatWarning->isVisibleTo(this)) {
        const auto days = m_services.settings.intValue(QStringLiteral("repair_warranty.days"));
        const QDate pickedUp = lastPickedUp->closedAt.toLocalTime().date();
        const QDate end = pickedUp.addDays(days ? days.value() : 90);
        if (m_services.clock.today() <= end) {
            m_repeatWarning->setText(
                tr("Repeat repair: picked up on %1 (ticket %2), repair warranty until %3.")
                    .arg(pickedUp.toString(Qt::ISODate), lastPickedUp->number,
                         end.toString(Qt::ISODate))
                    .toHtmlEscaped());
            m_repeatWarning->setVisible(true);
        }
    }
    lines.prepend(tr("At other centers (head office):"));
    m_history->setText(m_localHistory + QStringLiteral("<br>")
                       + lines.join(QStringLiteral("<br>")));
}

void DevicePanel::lookUpHistory(const QString &imei)
{
    m_repeatWarning->setVisible(false);
    m_historyImei = imei;
    m_localNumbers.clear();
    const auto days = m_services.settings.intValue(QStringLiteral("repair_warranty.days"));
    auto visits = m_services.history.forImei(imei, days ? days.value() : 90);
    if (!visits) {
        m_localHistory = coloured(visits.error().message, "#b3261e");
        m_history->setText(m_localHistory);
        return;
    }
    if (visits->isEmpty()) {
        m_localHistory = tr("First time this phone is here.");
        m_history->setText(m_localHistory);
        return;
    }
    QStringList lines;
    lines << tr("Here %n time(s) before:", nullptr, static_cast<int>(visits->size()));
    const DeviceVisit *lastPickedUp = nullptr;
    for (const DeviceVisit &visit : visits.value()) {
        const TicketSummary &t = visit.ticket;
        m_localNumbers << t.number;
        lines << QStringLiteral("%1 · %2 · %3 · %4")
                     .arg(t.createdAt.toLocalTime().date().toString(Qt::ISODate), t.number,
                          TicketLifecycle::label(t.status), t.faultDescription)
                     .toHtmlEscaped();
        if (t.pickedUpAt.isValid() && t.status == TicketStatus::PickedUp)
            lastPickedUp = &visit;
    }
    m_localHistory = lines.join(QStringLiteral("<br>"));
    m_history->setText(m_localHistory);
    // Back within the repair warranty of our last repair (RW-1): say so before anything else.
    if (lastPickedUp) {
        const TicketSummary &t = lastPickedUp->ticket;
        const int warrantyDays = days ? days.value() : 90;
        const QDate end = t.pickedUpAt.toLocalTime().date().addDays(warrantyDays);
        if (m_services.clock.today() <= end) {
            m_repeatWarning->setText(
                tr("Repeat repair: picked up on %1 (ticket %2), repair warranty until %3.")
                    .arg(t.pickedUpAt.toLocalTime().date().toString(Qt::ISODate), t.number,
                         end.toString(Qt::ISODate))
                    .toHtmlEscaped());
            m_repeatWarning->setVisible(true);
        }
    }
}

} // namespace rc::ui

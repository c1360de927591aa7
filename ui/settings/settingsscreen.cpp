#include "settingsscreen.h"

#include "language.h"
#include "print/printactions.h"
#include "print/printsettings.h"
#include "services.h"
#include "session.h"
#include "store/backup.h"
#include "store/settingsrepository.h"
#include "widgets/documentsfolder.h"
#include "workflow/records.h"
#include "workflow/settingsrules.h"
#include "workflow/workflows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryFile>
#include <QUrl>
#include <QVBoxLayout>

#include <tuple>

namespace rc::ui {

namespace {

QSpinBox *spin(QWidget *parent, const char *name, int min, int max, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}

QLineEdit *line(QWidget *parent, const char *name, int maxLength = 200)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMaxLength(maxLength);
    return edit;
}

const QStringList kPaperKinds {QStringLiteral("intake"), QStringLiteral("quote"),
                               QStringLiteral("pickup"), QStringLiteral("label")};

} // namespace

QStringList SettingsScreen::storeKeys()
{
    return {QStringLiteral("center.code"),      QStringLiteral("center.name"),
            QStringLiteral("center.address"),   QStringLiteral("center.phone"),
            QStringLiteral("station.code"),     QStringLiteral("policy.statutory"),
            QStringLiteral("policy.brand"),     QStringLiteral("repair_warranty.days"),
            QStringLiteral("uncollected.days"), QStringLiteral("ui.lock_minutes"),
            QStringLiteral("backup.keep_days"), QStringLiteral("sync.hq_url"),
            QStringLiteral("sync.token"),       QStringLiteral("sync.interval_seconds"),
            QStringLiteral("fees.diagnosis"),   QStringLiteral("fees.waive_diagnosis_on_approval"),
            QStringLiteral("sync.ca_file"),     QStringLiteral("sync.allow_http_lan")};
}

SettingsScreen::SettingsScreen(Services &services, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("settingsScreen"));
    auto *outer = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Settings"), this);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600;"));
    outer->addWidget(title);
    m_readOnly = new QLabel(tr("Only a manager can change the settings."), this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnly->setStyleSheet(QStringLiteral("color: #7a5b00;"));
    outer->addWidget(m_readOnly);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *columns = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    // The center, as the papers print it.
    auto *center = new QGroupBox(tr("Center (printed on receipts)"), page);
    auto *centerForm = new QFormLayout(center);
    m_centerCode = line(center, "centerCodeEdit", 8);
    m_centerCode->setToolTip(tr("2 to 8 capital letters or digits; starts every ticket number."));
    m_centerName = line(center, "centerNameEdit");
    m_centerAddress = line(center, "centerAddressEdit");
    m_centerPhone = line(center, "centerPhoneEdit", 40);
    m_stationCode = line(center, "stationCodeEdit", 2);
    m_stationCode->setToolTip(tr("Two digits, different for every counter of the center."));
    centerForm->addRow(tr("Center &code:"), m_centerCode);
    centerForm->addRow(tr("Center &name:"), m_centerName);
    centerForm->addRow(tr("&Address:"), m_centerAddress);
    centerForm->addRow(tr("&Phone:"), m_centerPhone);
    centerForm->addRow(tr("&Station code:"), m_stationCode);
    left->addWidget(center);

    // Policies and periods.
    auto *policies = new QGroupBox(tr("Warranty and periods"), page);
    auto *policyForm = new QFormLayout(policies);
    m_statutory = new QComboBox(policies);
    m_statutory->setObjectName(QStringLiteral("statutoryCombo"));
    m_statutory->addItem(tr("China 三包 (cn-sanbao)"), QStringLiteral("cn-sanbao"));
    m_statutory->addItem(tr("EU legal guarantee (eu-2019-771)"), QStringLiteral("eu-2019-771"));
    m_brand = new QComboBox(policies);
    m_brand->setObjectName(QStringLiteral("brandCombo"));
    m_brand->addItem(tr("None"), QString());
    m_brand->addItem(tr("Brand example (cn-brand-example)"), QStringLiteral("cn-brand-example"));
    m_repairWarrantyDays = spin(policies, "repairWarrantyDaysSpin", 30, 730, tr(" days"));
    m_repairWarrantyDays->setToolTip(tr("China requires at least 30 days."));
    m_uncollectedDays = spin(policies, "uncollectedDaysSpin", 7, 730, tr(" days"));
    m_lockMinutes = spin(policies, "lockMinutesSpin", 0, 240, tr(" min"));
    m_lockMinutes->setSpecialValueText(tr("never"));
    policyForm->addRow(tr("Statutory &policy:"), m_statutory);
    policyForm->addRow(tr("&Brand policy:"), m_brand);
    policyForm->addRow(tr("&Repair warranty:"), m_repairWarrantyDays);
    policyForm->addRow(tr("&Uncollected phones after:"), m_uncollectedDays);
    policyForm->addRow(tr("Lock the screen after:"), m_lockMinutes);
    left->addWidget(policies);

    // The diagnosis fee (检测费): told to the customer at intake, fixed on each ticket then.
    auto *fees = new QGroupBox(tr("Fees"), page);
    auto *feeForm = new QFormLayout(fees);
    m_diagnosisFee = new QLineEdit(fees);
    m_diagnosisFee->setObjectName(QStringLiteral("diagnosisFeeEdit"));
    m_diagnosisFee->setPlaceholderText(QStringLiteral("0.00"));
    m_diagnosisFee->setToolTip(tr("0 for no fee. A repair the warranty covers never pays it; the "
                                  "intake receipt states it."));
    m_waiveDiagnosisFee = new QCheckBox(tr("Waive it when the customer approves the quote"), fees);
    m_waiveDiagnosisFee->setObjectName(QStringLiteral("waiveDiagnosisFeeCheck"));
    feeForm->addRow(tr("&Diagnosis fee:"), m_diagnosisFee);
    feeForm->addRow(QString(), m_waiveDiagnosisFee);
    left->addWidget(fees);

    // Interface language.
    auto *language = new QGroupBox(tr("Language"), page);
    auto *languageForm = new QFormLayout(language);
    m_language = new QComboBox(language);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    const QStringList languages = Language::available();
    for (const QString &name : languages)
        m_language->addItem(Language::nativeName(name), name);
    languageForm->addRow(tr("&Interface:"), m_language);
    left->addWidget(language);
    left->addStretch(1);

    // Printers of this workstation.
    auto *printing = new QGroupBox(tr("Printers and formats (this workstation)"), page);
    auto *grid = new QGridLayout(printing);
    grid->addWidget(new QLabel(tr("Paper"), printing), 0, 0);
    grid->addWidget(new QLabel(tr("Printer"), printing), 0, 1);
    grid->addWidget(new QLabel(tr("Format"), printing), 0, 2);
    const QStringList paperNames {tr("Intake receipt"), tr("Quote"), tr("Pickup record"),
                                  tr("Label")};
    for (int i = 0; i < kPaperKinds.size(); ++i) {
        const QString &kind = kPaperKinds.at(i);
        // A choice, not free text: a mistyped name would silently print on the default.
        auto *printer = new QComboBox(printing);
        printer->setObjectName(kind + QStringLiteral("PrinterCombo"));
        fillPrinters(printer);
        auto *format = new QComboBox(printing);
        format->setObjectName(kind + QStringLiteral("FormatCombo"));
        if (kind == QLatin1String("label")) {
            format->addItem(tr("Label 50 × 30 mm"), QString());
            format->setEnabled(false);
        } else {
            format->addItem(tr("80 mm roll"), QStringLiteral("thermal80"));
            format->addItem(tr("A4"), QStringLiteral("a4"));
        }
        grid->addWidget(new QLabel(paperNames.at(i), printing), i + 1, 0);
        grid->addWidget(printer, i + 1, 1);
        grid->addWidget(format, i + 1, 2);
        m_printers.insert(kind, printer);
        m_formats.insert(kind, format);
    }
    m_paperLanguage = new QComboBox(printing);
    m_paperLanguage->setObjectName(QStringLiteral("paperLanguageCombo"));
    m_paperLanguage->addItem(tr("Same as the interface"), QString());
    m_paperLanguage->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_paperLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    grid->addWidget(new QLabel(tr("Paper language"), printing), 5, 0);
    grid->addWidget(m_paperLanguage, 5, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    right->addWidget(printing);

    // Backups.
    auto *backups = new QGroupBox(tr("Backups"), page);
    auto *backupForm = new QFormLayout(backups);
    m_backupFolder = line(backups, "backupFolderEdit", 1000);
    // Empty: beside the store, where the placeholder shows.
    m_backupFolder->setPlaceholderText(defaultBackupFolder());
    m_chooseBackupFolder = new QPushButton(QStringLiteral("…"), backups);
    m_chooseBackupFolder->setToolTip(tr("Choose the backup folder"));
    m_chooseBackupFolder->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    connect(m_chooseBackupFolder, &QPushButton::clicked, this, [this] {
        // The folder typed, else the documents folder: never the store's folder, where the
        // default backups folder is (see documentsfolder.h).
        const QString typed = m_backupFolder->text().trimmed();
        const QString start
            = !typed.isEmpty() && QFileInfo(typed).isDir() ? typed : documentsFolder();
        const QString chosen
            = m_folderChooser ? m_folderChooser(start)
                              : QFileDialog::getExistingDirectory(this, tr("Backup folder"), start);
        if (!chosen.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(chosen));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(m_chooseBackupFolder);
    m_backupKeepDays = spin(backups, "backupKeepDaysSpin", 1, 3650, tr(" days"));
    backupForm->addRow(tr("Folder:"), folderRow);
    backupForm->addRow(tr("&Keep backups for:"), m_backupKeepDays);
    right->addWidget(backups);

    // Head office.
    auto *hq = new QGroupBox(tr("Head office connection"), page);
    auto *hqForm = new QFormLayout(hq);
    m_hqUrl = line(hq, "hqUrlEdit");
    m_hqUrl->setPlaceholderText(QStringLiteral("https://hq.example.com"));
    m_hqToken = line(hq, "hqTokenEdit");
    m_hqToken->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_syncInterval = spin(hq, "syncIntervalSpin", 5, 86400, tr(" s"));
    m_hqCaFile = line(hq, "hqCaFileEdit", 1000);
    m_hqCaFile->setPlaceholderText(tr("The system's trusted authorities"));
    m_hqCaFile->setToolTip(
        tr("The certificate authority (PEM) of a head office or hub with its own certificates."));
    auto *chooseCaFile = new QPushButton(QStringLiteral("…"), hq);
    chooseCaFile->setObjectName(QStringLiteral("chooseCaFileButton"));
    chooseCaFile->setToolTip(tr("Choose the CA file"));
    connect(chooseCaFile, &QPushButton::clicked, this, [this] {
        const QString typed = m_hqCaFile->text().trimmed();
        const QString start = typed.isEmpty() ? documentsFolder() : QFileInfo(typed).path();
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("CA file"), start, tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!chosen.isEmpty())
            m_hqCaFile->setText(QDir::toNativeSeparators(chosen));
    });
    auto *caFileRow = new QHBoxLayout;
    caFileRow->addWidget(m_hqCaFile, 1);
    caFileRow->addWidget(chooseCaFile);
    m_allowHttpLan = new QCheckBox(tr("Plain http:// to a hub on this network"), hq);
    m_allowHttpLan->setObjectName(QStringLiteral("allowHttpLanCheck"));
    m_allowHttpLan->setToolTip(
        tr("Only to a private address of this network (10.x, 172.16-31.x, 192.168.x); "
           "anything else needs https://."));
    hqForm->addRow(tr("HQ &address:"), m_hqUrl);
    hqForm->addRow(tr("Access &token:"), m_hqToken);
    hqForm->addRow(tr("Send &every:"), m_syncInterval);
    auto *caFileLabel = new QLabel(tr("CA fi&le:"), hq);
    caFileLabel->setBuddy(m_hqCaFile);
    hqForm->addRow(caFileLabel, caFileRow);
    hqForm->addRow(QString(), m_allowHttpLan);
    right->addWidget(hq);
    right->addStretch(1);

    // Which fields belong to this station and which to the whole center
    // (SettingsRules::isStationLocal): a station's stay on this PC, the center's reach head
    // office and the other stations.
    auto mark = [](QFormLayout *form, auto *field, QWidget *widget, const QString &key) {
        const bool local = workflow::SettingsRules::isStationLocal(key);
        widget->setProperty("settingScope",
                            local ? QStringLiteral("station") : QStringLiteral("center"));
        const QString scope = local ? tr("this station") : tr("whole center");
        auto *label = qobject_cast<QLabel *>(form->labelForField(field));
        if (label && !label->text().isEmpty()) {
            QString text = label->text();
            if (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
                text.chop(1);
            label->setText(tr("%1 (%2):").arg(text, scope));
        } else if (auto *check = qobject_cast<QCheckBox *>(widget)) {
            check->setText(tr("%1 (%2)").arg(check->text(), scope));
        }
    };
    const QList<std::tuple<QFormLayout *, QWidget *, const char *>> fields {
        {centerForm, m_centerCode, "center.code"},
        {centerForm, m_centerName, "center.name"},
        {centerForm, m_centerAddress, "center.address"},
        {centerForm, m_centerPhone, "center.phone"},
        {centerForm, m_stationCode, "station.code"},
        {policyForm, m_statutory, "policy.statutory"},
        {policyForm, m_brand, "policy.brand"},
        {policyForm, m_repairWarrantyDays, "repair_warranty.days"},
        {policyForm, m_uncollectedDays, "uncollected.days"},
        {policyForm, m_lockMinutes, "ui.lock_minutes"},
        {feeForm, m_diagnosisFee, "fees.diagnosis"},
        {feeForm, m_waiveDiagnosisFee, "fees.waive_diagnosis_on_approval"},
        {backupForm, m_backupKeepDays, "backup.keep_days"},
        {hqForm, m_hqUrl, "sync.hq_url"},
        {hqForm, m_hqToken, "sync.token"},
        {hqForm, m_syncInterval, "sync.interval_seconds"},
        {hqForm, m_allowHttpLan, "sync.allow_http_lan"},
    };
    for (const auto &[form, field, key] : fields)
        mark(form, field, field, QLatin1String(key));
    mark(backupForm, folderRow, m_backupFolder, QStringLiteral("backup.folder"));
    mark(hqForm, caFileRow, m_hqCaFile, QStringLiteral("sync.ca_file"));

    auto *buttons = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SettingsScreen::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsScreen::reload);
    connect(&m_session, &Session::changed, this, &SettingsScreen::updateAccess);
    reload();
    updateAccess();
}

void SettingsScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateAccess();
}

void SettingsScreen::updateAccess()
{
    const bool may = m_session.can(Permission::ManageCenter);
    const auto inputs = findChildren<QWidget *>();
    for (QWidget *w : inputs) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QSpinBox *>(w) || w == m_chooseBackupFolder
            || w == m_waiveDiagnosisFee) {
            if (w->objectName() == QLatin1String("labelFormatCombo"))
                continue;
            w->setEnabled(may);
        }
    }
    m_save->setVisible(may);
    m_revert->setVisible(may);
    m_readOnly->setVisible(!may);
    // The token is a secret: others do not even see its length.
    m_hqToken->setVisible(may);
}

void SettingsScreen::reload()
{
    SettingsRepository &s = m_services.settings;
    auto text = [&](const char *key) {
        auto v = s.value(QString::fromLatin1(key));
        return v ? *v : QString();
    };
    auto number = [&](const char *key, int fallback) {
        bool ok = false;
        const int n = text(key).toInt(&ok);
        return ok ? n : fallback;
    };
    m_centerCode->setText(text("center.code"));
    m_centerName->setText(text("center.name"));
    m_centerAddress->setText(text("center.address"));
    m_centerPhone->setText(text("center.phone"));
    m_stationCode->setText(text("station.code"));
    m_statutory->setCurrentIndex(qMax(0, m_statutory->findData(text("policy.statutory"))));
    m_brand->setCurrentIndex(qMax(0, m_brand->findData(text("policy.brand"))));
    m_repairWarrantyDays->setValue(number("repair_warranty.days", 90));
    m_uncollectedDays->setValue(number("uncollected.days", 90));
    m_lockMinutes->setValue(number("ui.lock_minutes", 5));
    m_diagnosisFee->setText(text("fees.diagnosis"));
    m_waiveDiagnosisFee->setChecked(text("fees.waive_diagnosis_on_approval") != QLatin1String("0"));
    m_backupKeepDays->setValue(number("backup.keep_days", 30));
    m_hqUrl->setText(text("sync.hq_url"));
    m_hqToken->setText(text("sync.token"));
    m_syncInterval->setValue(number("sync.interval_seconds", 60));
    m_hqCaFile->setText(text("sync.ca_file"));
    m_allowHttpLan->setChecked(text("sync.allow_http_lan") == QLatin1String("1"));
    m_backupFolder->setText(text("backup.folder"));

    QSettings local;
    for (const QString &kind : kPaperKinds) {
        QComboBox *printer = m_printers.value(kind);
        fillPrinters(printer);
        const QString name = local.value(QStringLiteral("print/%1/printer").arg(kind)).toString();
        int at = printer->findData(name);
        if (at < 0) {
            // Named once but not installed now: kept, and said so, rather than dropped.
            printer->addItem(tr("%1 (not installed)").arg(name), name);
            at = printer->count() - 1;
        }
        printer->setCurrentIndex(at);
        QComboBox *format = m_formats.value(kind);
        const QString stored = local.value(QStringLiteral("print/%1/format").arg(kind)).toString();
        const QString fallback
            = kind == QLatin1String("intake") ? QStringLiteral("thermal80") : QStringLiteral("a4");
        const int index = format->findData(stored.isEmpty() ? fallback : stored);
        if (index >= 0)
            format->setCurrentIndex(index);
    }
    m_paperLanguage->setCurrentIndex(qMax(
        0, m_paperLanguage->findData(local.value(QStringLiteral("print/language")).toString())));
    m_loadedLanguage = local.value(QStringLiteral("ui/language")).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_loadedLanguage)));
    m_loaded = storeValues();
}

QMap<QString, QString> SettingsScreen::storeValues() const
{
    return {
        {QStringLiteral("center.code"), m_centerCode->text().trimmed()},
        {QStringLiteral("center.name"), m_centerName->text().trimmed()},
        {QStringLiteral("center.address"), m_centerAddress->text().trimmed()},
        {QStringLiteral("center.phone"), m_centerPhone->text().trimmed()},
        {QStringLiteral("station.code"), m_stationCode->text().trimmed()},
        {QStringLiteral("policy.statutory"), m_statutory->currentData().toString()},
        {QStringLiteral("policy.brand"), m_brand->currentData().toString()},
        {QStringLiteral("repair_warranty.days"), QString::number(m_repairWarrantyDays->value())},
        {QStringLiteral("uncollected.days"), QString::number(m_uncollectedDays->value())},
        {QStringLiteral("ui.lock_minutes"), QString::number(m_lockMinutes->value())},
        {QStringLiteral("fees.diagnosis"), m_diagnosisFee->text().trimmed()},
        {QStringLiteral("fees.waive_diagnosis_on_approval"),
         m_waiveDiagnosisFee->isChecked() ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("backup.keep_days"), QString::number(m_backupKeepDays->value())},
        {QStringLiteral("backup.folder"), m_backupFolder->text().trimmed()},
        {QStringLiteral("sync.hq_url"), m_hqUrl->text().trimmed()},
        {QStringLiteral("sync.token"), m_hqToken->text().trimmed()},
        {QStringLiteral("sync.interval_seconds"), QString::number(m_syncInterval->value())},
        {QStringLiteral("sync.ca_file"), m_hqCaFile->text().trimmed()},
        {QStringLiteral("sync.allow_http_lan"),
         m_allowHttpLan->isChecked() ? QStringLiteral("1") : QStringLiteral("0")},
    };
}

QString SettingsScreen::validate() const
{
    // The rules are core's (SettingsRules): repairctl settings set refuses the same values.
    return m_services.workflows.admin.settingsProblem(storeValues());
}

void SettingsScreen::showResult(bool ok, const QString &message)
{
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                                : QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

bool SettingsScreen::save()
{
    if (!m_session.can(Permission::ManageCenter)) {
        showResult(false, tr("Only a manager can change the settings."));
        return false;
    }
    if (const QString problem = validate(); !problem.isEmpty()) {
        showResult(false, problem);
        return false;
    }
    // Only what the manager changed: a value the form merely shows (a default) stays unset.
    QMap<QString, QString> changed;
    const QMap<QString, QString> values = storeValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (m_loaded.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    Status saved = m_services.workflows.admin.setSettings(m_session.userId(), changed);
    if (!saved) {
        showResult(false, saved.error().message);
        return false;
    }
    QSettings local;
    for (const QString &kind : kPaperKinds) {
        local.setValue(QStringLiteral("print/%1/printer").arg(kind),
                       m_printers.value(kind)->currentData().toString());
        if (kind != QLatin1String("label"))
            local.setValue(QStringLiteral("print/%1/format").arg(kind),
                           m_formats.value(kind)->currentData().toString());
    }
    local.setValue(QStringLiteral("print/language"), m_paperLanguage->currentData().toString());
    Backup::setFolder(m_services.records.storePath(),
                      values.value(QStringLiteral("backup.folder")));
    local.sync();
    m_loaded = values;
    showResult(true, tr("Settings saved."));
    const QString language = m_language->currentData().toString();
    if (language != m_loadedLanguage) {
        m_loadedLanguage = language;
        emit languageChangeRequested(language);
    }
    return true;
}

QString SettingsScreen::defaultBackupFolder() const
{
    return QFileInfo(m_services.records.storePath())
        .absoluteDir()
        .filePath(QStringLiteral("backups"));
}

void SettingsScreen::fillPrinters(QComboBox *combo) const
{
    combo->clear();
    combo->addItem(tr("System default printer"), QString());
    // No printer at this station: the words of the paper menu's own PDF entry.
    combo->addItem(QCoreApplication::translate("rc::print::PaperMenu", "Save as PDF…"),
                   print::PrintSettings::pdfOnly());
    const QStringList installed
        = m_printerNames ? m_printerNames() : print::PrintActions::availablePrinters();
    for (const QString &name : installed)
        combo->addItem(name, name);
}

} // namespace rc::ui

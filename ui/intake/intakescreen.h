#pragma once

#include "common/result.h"
#include "sync/devicehistoryclient.h"
#include "warranty/intakeevidence.h"
#include "warranty/verdict.h"
#include "warranty/warrantycase.h"
#include "workflow/intakedesk.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rc::ui {
class BusyStoreRetry;
}

namespace rc::print {
class Paper;
class PaperMenu;
class PrintActions;
} // namespace rc::print

namespace rc::ui {

class CustomerPicker;
class DevicePanel;
class DraftKeeper;
class Session;
class VerdictPanel;
struct Services;

// Intake (受理): register a phone at the counter. The phone is a panel of its own
// (DevicePanel: IMEI and second IMEI, brand and model from the TAC, the device's history and
// the repeat-repair warning), so is the customer (CustomerPicker: by phone or name, existing
// customers offered); the screen adds the fault, the condition and the accessories received,
// the warranty evidence, data-backup consent and the passcode question. The warranty panel
// (VerdictPanel, shared with the diagnosis screen) shows the verdict the intake desk gives
// for what is on the form, updated as fields change. Save registers the phone through the
// intake desk (core/workflow/intakedesk.h).
class IntakeScreen : public QWidget
{
    Q_OBJECT

public:
    IntakeScreen(Services &services, Session &session, QWidget *parent = nullptr);
    ~IntakeScreen() override;

    // What the form holds, as the intake desk takes it (core/workflow/intakedesk.h).
    workflow::IntakeRequest intakeRequest() const;
    // The warranty evidence as answered on the form (unanswered pieces stay unanswered).
    warranty::IntakeEvidence evidence() const;
    // The verdict on the panel (nothing while the form is too empty to ask).
    std::optional<warranty::Verdict> verdict() const { return m_verdict; }
    // What is still missing before Save, one sentence each (empty: ready).
    QStringList missing() const;
    QString lastTicketId() const { return m_lastTicketId; }
    QString lastTicketNumber() const { return m_lastTicketNumber; }
    // The intake receipt of the last saved ticket as a PDF (what the receipt menu's PDF
    // entry writes after asking where).
    Status exportReceiptPdf(const QString &path);
    // The menus of the receipt and label buttons (preview, print, PDF).
    print::PaperMenu *receiptMenu() const { return m_receiptMenu; }
    print::PaperMenu *labelMenu() const { return m_labelMenu; }
    // The form's fields as the user's draft keeps them (an empty object: nothing typed), and
    // back (intakeformstate.cpp).
    QJsonObject draftForm() const;
    void restoreForm(const QJsonObject &form);
    // An unsaved intake of this user is offered above the form (restore or discard).
    bool isDraftOffered() const;

public slots:
    // Empties the form and drops the user's kept draft.
    void clear();
    // Saves the ticket: true when it is saved now; false when refused, or when the store is
    // busy and the save is retried from the event loop (ticketCreated tells when it lands).
    bool save();

signals:
    void ticketCreated(const QString &ticketId, const QString &number);
    void openTicketRequested(const QString &ticketId);
    void receiptFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool saved(const Result<workflow::IntakeResult> &created);
    QWidget *buildFaultBox();
    QWidget *buildConditionBox();
    QWidget *buildEvidenceBox();
    QWidget *buildPrivacyBox();
    QWidget *buildWarrantyPanel();
    void clearFields();
    QString describeDraft(const QJsonObject &form) const;

    void refreshWarranty();
    void refreshSaveState();
    // Asks head office for the phone's history when the form's IMEI changed (off the event
    // loop's back: the answer comes as a signal, and the warranty is assessed again).
    void askHeadOffice();
    void headOfficeAnswered(const sync::HqDeviceHistory &history);
    Result<print::Paper> receipt();
    QDate typedDate(const QLineEdit *edit, QString *problem = nullptr) const;

    Services &m_services;
    Session &m_session;
    DraftKeeper *m_drafts = nullptr;
    QWidget *m_form = nullptr; // every field: the scroll area's page

    DevicePanel *m_device = nullptr;
    CustomerPicker *m_customer = nullptr;

    QPlainTextEdit *m_fault = nullptr;
    QComboBox *m_faultCategory = nullptr;
    QComboBox *m_faultCode = nullptr;
    QComboBox *m_component = nullptr;

    QHash<QString, QCheckBox *> m_condition; // condition key → box
    QLineEdit *m_conditionNote = nullptr;
    QHash<QString, QCheckBox *> m_accessories; // accessory key → box

    QLineEdit *m_saleDate = nullptr;
    QComboBox *m_proof = nullptr;
    QComboBox *m_imeiMatches = nullptr; // (not checked) | yes | no
    QLineEdit *m_factoryDate = nullptr;
    QLabel *m_evidenceMessage = nullptr;

    QCheckBox *m_backupConsent = nullptr;
    QComboBox *m_passcode = nullptr;

    VerdictPanel *m_verdictPanel = nullptr;
    QLabel *m_historySource = nullptr; // which history the verdict counted

    sync::DeviceHistoryClient *m_headOfficeClient = nullptr;
    // Head office's address and token, read once (the token may sit in the OS keychain) and
    // again after the sync settings change.
    std::optional<Result<sync::SyncSettings>> m_headOfficeSettings;
    QString m_headOfficeImei; // the IMEI asked about (empty: none)
    bool m_headOfficePending = false;
    sync::HqDeviceHistory m_headOffice; // its answer, once it came

    QLabel *m_saveHint = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_savedLabel = nullptr;
    BusyStoreRetry *m_storeWait = nullptr;
    QPushButton *m_printReceipt = nullptr;
    QPushButton *m_printLabel = nullptr;
    QPushButton *m_openTicket = nullptr;

    std::optional<warranty::Verdict> m_verdict;
    QString m_userId; // the session's user, as last seen
    QString m_lastTicketId;
    QString m_lastTicketNumber;
    print::PrintActions *m_print = nullptr;
    print::PaperMenu *m_receiptMenu = nullptr;
    print::PaperMenu *m_labelMenu = nullptr;
};

} // namespace rc::ui

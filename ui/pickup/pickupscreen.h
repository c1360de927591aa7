#pragma once

#include "store/pickuprepository.h"
#include "workflow/ticketscreen.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace rc::print {
class PaperMenu;
class PrintActions;
} // namespace rc::print

namespace rc::ui {

// Pickup (取机), for the clerk: the ticket found by scanning its barcode (the number) or by
// the customer's phone; the phone's IMEI scanned again and matched against the ticket (a
// mismatch blocks the release and says why); the accessories received at intake ticked off
// as they go back; the balance paid (amount and method); the repair-warranty end date; then
// the hand-back, and the pickup receipt offered.
class PickupScreen : public TicketScreen
{
    Q_OBJECT

public:
    PickupScreen(Services &services, Session &session, QWidget *parent = nullptr);

    // The ticket number, or a phone number that lists the customer's waiting tickets.
    bool find(const QString &text);

public slots:
    bool release();

    // The menu of the pickup receipt button (preview, print, PDF) for the phone just
    // handed back.
    print::PaperMenu *receiptMenu() const { return m_receiptMenu; }
    QString releasedTicketNumber() const { return m_releasedTicketNumber; }

protected:
    void ticketLoaded() override;
    void showEvent(QShowEvent *event) override;
    void sessionChanged() override;

private:
    bool handedBack(const Result<PickupResult> &released, const QString &ticketId,
                    const QString &ticketNumber);
    void refreshImei();
    void refreshEnabled();

    QLineEdit *m_search = nullptr;
    QListWidget *m_matches = nullptr;
    QLabel *m_target = nullptr;
    QLineEdit *m_imei = nullptr;
    QLabel *m_imeiState = nullptr;
    QGroupBox *m_accessoriesBox = nullptr;
    QVBoxLayout *m_accessoriesLayout = nullptr;
    QHash<QString, QCheckBox *> m_accessories;
    QLineEdit *m_missingNote = nullptr;
    QLineEdit *m_keepDeposit = nullptr; // unrepaired: why the deposit is kept (empty: returned)
    QLabel *m_payable = nullptr;
    QLabel *m_paid = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_fee = nullptr; // the diagnosis fee's state
    QLineEdit *m_waiveFee = nullptr; // a manager's reason to waive the diagnosis fee
    bool m_feeDue = false;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_warrantyEnd = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_print = nullptr;
    print::PrintActions *m_printActions = nullptr;
    print::PaperMenu *m_receiptMenu = nullptr;
    QString m_releasedTicketId;
    QString m_releasedTicketNumber;
    bool m_imeiOk = false;
    bool m_unrepaired = false; // the phone goes back unrepaired: its deposit is settled
    bool m_releasable = false;
};

} // namespace rc::ui

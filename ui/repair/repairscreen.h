#pragma once

#include "tickets/priceitem.h"
#include "workflow/ticketscreen.h"

#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace rc::ui {

// Repair (维修), for the technician: the parts used (from the approved quote, corrected or
// added to from the price list), the checks after the repair, the result. Start the repair
// once the customer approved; wait for parts and come back; mark the phone ready for pickup
// (a fixed phone that passed its checks) or record that it cannot be fixed.
class RepairScreen : public TicketScreen
{
    Q_OBJECT

public:
    RepairScreen(Services &services, Session &session, QWidget *parent = nullptr);

    // The check keys, in screen order ("power", "display", …).
    static const QStringList &checkKeys();
    static QString checkLabel(const QString &key);

public slots:
    bool startRepair();
    bool waitForParts();
    bool markReady();
    bool markNotFixed();

protected:
    void ticketLoaded() override;
    void sessionChanged() override;

private:
    // Saves one step through storeWait(); says `info` once it is saved.
    bool saveStep(const std::function<Result<Ticket>()> &attempt, const QString &info);
    bool recordRepair(const QString &result, std::optional<TicketStatus> moveTo,
                      const QString &info);
    void addPart(const QString &priceItemId, const QString &description, int quantity);
    void refreshEnabled();

    QTableWidget *m_parts = nullptr;
    QComboBox *m_priceItems = nullptr;
    QHash<QString, PriceItem> m_priceItemsById; // the whole list, for the parts' names
    QSpinBox *m_quantity = nullptr;
    QPushButton *m_addPart = nullptr;
    QPushButton *m_removePart = nullptr;
    QHash<QString, QCheckBox *> m_checks;
    QLineEdit *m_note = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_waiting = nullptr;
    QPushButton *m_ready = nullptr;
    QPushButton *m_notFixed = nullptr;
};

} // namespace rc::ui

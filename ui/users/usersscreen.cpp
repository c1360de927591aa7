#include "usersscreen.h"

#include "services.h"
#include "session.h"
#include "store/userrepository.h"
#include "userdialog.h"
#include "workflow/workflows.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rc::ui {

UsersScreen::UsersScreen(Services &services, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("usersScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Users"), this);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600;"));
    layout->addWidget(title);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Username"), tr("Name"), tr("Role"), tr("State"), tr("Last change")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add user…"), this);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_resetPin = new QPushButton(tr("Reset &PIN…"), this);
    m_resetPin->setObjectName(QStringLiteral("resetPinButton"));
    m_disable = new QPushButton(tr("&Disable"), this);
    m_disable->setObjectName(QStringLiteral("disableButton"));
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role role : {Role::Clerk, Role::Technician, Role::Manager})
        m_role->addItem(roleLabel(role), roleId(role));
    m_changeRole = new QPushButton(tr("Set &role"), this);
    m_changeRole->setObjectName(QStringLiteral("changeRoleButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_resetPin);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_unlock);
    buttons->addStretch(1);
    buttons->addWidget(m_role);
    buttons->addWidget(m_changeRole);
    layout->addLayout(buttons);

    m_message = new QLabel(this);

    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &UsersScreen::addUser);
    connect(m_resetPin, &QPushButton::clicked, this, &UsersScreen::resetPin);
    connect(m_disable, &QPushButton::clicked, this, &UsersScreen::toggleDisabled);
    connect(m_unlock, &QPushButton::clicked, this, &UsersScreen::unlock);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersScreen::changeRole);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersScreen::updateButtons);
    reload();
}

void UsersScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void UsersScreen::reload()
{
    const QString keep = selected() ? selected()->id : QString();
    auto users = m_services.users.list();
    if (!users) {
        showResult(false, users.error().message);
        return;
    }
    m_users = *users;
    m_table->setRowCount(static_cast<int>(m_users.size()));
    const QDateTime now = m_services.clock.nowUtc();
    for (int row = 0; row < m_users.size(); ++row) {
        const User &u = m_users.at(row);
        QString state = u.disabled ? tr("Disabled") : tr("Active");
        if (!u.disabled && u.lockedUntil.isValid() && u.lockedUntil > now)
            state = tr("Locked until %1")
                        .arg(u.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        const QStringList cells {
            u.username, u.displayName, roleLabel(u.role), state,
            u.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (u.disabled)
                item->setForeground(QColor(0x88, 0x88, 0x88));
            m_table->setItem(row, column, item);
        }
    }
    if (!keep.isEmpty())
        selectUser(keep);
    updateButtons();
}

void UsersScreen::selectUser(const QString &userId)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId) {
            m_table->selectRow(row);
            break;
        }
    }
    updateButtons();
}

const User *UsersScreen::selected() const
{
    const int row = m_table->currentRow();
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || row < 0 || row >= m_users.size())
        return nullptr;
    return &m_users.at(rows.first().row());
}

void UsersScreen::updateButtons()
{
    const User *u = selected();
    const bool may = m_session.can(Permission::ManageCenter);
    m_add->setEnabled(may);
    m_resetPin->setEnabled(may && u);
    m_disable->setEnabled(may && u);
    m_unlock->setEnabled(may && u && (u->failedAttempts > 0 || u->lockedUntil.isValid()));
    m_changeRole->setEnabled(may && u);
    m_role->setEnabled(may && u);
    if (u) {
        m_disable->setText(u->disabled ? tr("&Enable") : tr("&Disable"));
        m_role->setCurrentIndex(m_role->findData(roleId(u->role)));
    }
}

void UsersScreen::showResult(bool ok, const QString &message)
{
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                                : QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

std::function<int(Role)> UsersScreen::pinMinimum() const
{
    return [&users = m_services.users](Role role) {
        auto minimum = users.minimumPinLength(role);
        // Unreadable setting: the role's fixed floor here; the store refuses a short PIN
        // anyway and says why.
        return minimum ? *minimum
                       : (role == Role::Manager ? UserRepository::kMinManagerPinLength
                                                : UserRepository::kMinPinLength);
    };
}

void UsersScreen::addUser()
{
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new UserDialog(UserDialog::Mode::NewUser, {}, this);
    m_dialog->setPinMinimum(pinMinimum());
    connect(m_dialog, &QDialog::finished, this, [this, dialog = m_dialog](int result) {
        if (result == QDialog::Accepted) {
            auto created = m_services.workflows.admin.addUser(
                m_session.userId(), dialog->username(), dialog->displayName(), dialog->role(),
                dialog->pin());
            if (created) {
                showResult(true, tr("%1 can now log in.").arg(created->displayName));
                reload();
                selectUser(created->id);
            } else {
                showResult(false, created.error().message);
            }
        }
        dialog->deleteLater();
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    m_dialog->open();
}

void UsersScreen::resetPin()
{
    const User *u = selected();
    if (!u)
        return;
    if (m_dialog)
        m_dialog->deleteLater();
    const QString id = u->id;
    m_dialog = new UserDialog(UserDialog::Mode::ResetPin, u->displayName, this);
    m_dialog->setPinMinimum(pinMinimum(), u->role);
    connect(m_dialog, &QDialog::finished, this, [this, id, dialog = m_dialog](int result) {
        if (result == QDialog::Accepted) {
            auto changed = m_services.workflows.admin.setPin(m_session.userId(), id, dialog->pin());
            showResult(changed.ok(), changed ? tr("New PIN set for %1.").arg(changed->displayName)
                                             : changed.error().message);
            reload();
        }
        dialog->deleteLater();
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    m_dialog->open();
}

void UsersScreen::toggleDisabled()
{
    const User *u = selected();
    if (!u)
        return;
    const bool disable = !u->disabled;
    if (disable && u->id == m_session.userId()) {
        showResult(false, tr("You cannot disable yourself while logged in."));
        return;
    }
    auto changed = m_services.workflows.admin.setDisabled(m_session.userId(), u->id, disable);
    if (changed)
        showResult(true, disable ? tr("%1 is disabled.").arg(changed->displayName)
                                 : tr("%1 is enabled again.").arg(changed->displayName));
    else
        showResult(false, changed.error().message);
    reload();
}

void UsersScreen::unlock()
{
    const User *u = selected();
    if (!u)
        return;
    auto changed = m_services.workflows.admin.unlock(m_session.userId(), u->id);
    showResult(changed.ok(),
               changed ? tr("%1 is unlocked.").arg(changed->displayName) : changed.error().message);
    reload();
}

void UsersScreen::changeRole()
{
    const User *u = selected();
    if (!u)
        return;
    const Role role = roleFromId(m_role->currentData().toString()).value_or(Role::Clerk);
    auto changed = m_services.workflows.admin.setRole(m_session.userId(), u->id, role);
    showResult(changed.ok(),
               changed ? tr("%1 is now: %2.").arg(changed->displayName, roleLabel(changed->role))
                       : changed.error().message);
    reload();
}

} // namespace rc::ui

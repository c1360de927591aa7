#include "userdialog.h"

#include "session.h"
#include "store/userrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rc::ui {

UserDialog::UserDialog(Mode mode, const QString &who, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(mode == Mode::NewUser ? QStringLiteral("newUserDialog")
                                        : QStringLiteral("resetPinDialog"));
    setWindowTitle(mode == Mode::NewUser ? tr("New user") : tr("New PIN for %1").arg(who));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    if (mode == Mode::NewUser) {
        m_username = new QLineEdit(this);
        m_username->setObjectName(QStringLiteral("usernameEdit"));
        m_username->setMaxLength(32);
        form->addRow(tr("&Username:"), m_username);
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
        m_displayName->setMaxLength(60);
        form->addRow(tr("&Name shown:"), m_displayName);
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleCombo"));
        for (Role role : {Role::Clerk, Role::Technician, Role::Manager})
            m_role->addItem(roleLabel(role), roleId(role));
        form->addRow(tr("&Role:"), m_role);
    }
    auto *digits
        = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), this);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(digits);
    m_pinLabel = new QLabel(this);
    m_pinLabel->setBuddy(m_pin);
    form->addRow(m_pinLabel, m_pin);
    showPinRange();
    if (m_role)
        connect(m_role, &QComboBox::currentIndexChanged, this, &UserDialog::showPinRange);
    m_pinRepeat = new QLineEdit(this);
    m_pinRepeat->setObjectName(QStringLiteral("pinRepeatEdit"));
    m_pinRepeat->setEchoMode(QLineEdit::Password);
    m_pinRepeat->setValidator(digits);
    form->addRow(tr("PIN &again:"), m_pinRepeat);

    m_error = new QLabel(this);

    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
}

QString UserDialog::username() const
{
    return m_username ? m_username->text().trimmed() : QString();
}

QString UserDialog::displayName() const
{
    return m_displayName ? m_displayName->text().trimmed() : QString();
}

Role UserDialog::role() const
{
    return m_role ? roleFromId(m_role->currentData().toString()).value_or(Role::Clerk)
                  : Role::Clerk;
}

void UserDialog::setPinMinimum(std::function<int(Role)> minimum, Role target)
{
    m_minimum = std::move(minimum);
    m_target = target;
    showPinRange();
}

Role UserDialog::pinRole() const
{
    return m_mode == Mode::NewUser ? role() : m_target;
}

int UserDialog::pinMinimum() const
{
    return m_minimum ? m_minimum(pinRole()) : UserRepository::kMinPinLength;
}

void UserDialog::showPinRange()
{
    m_pinLabel->setText(tr("&PIN (%1–12 digits):").arg(pinMinimum()));
}

QString UserDialog::pin() const
{
    return m_pin->text();
}

void UserDialog::accept()
{
    if (m_mode == Mode::NewUser && username().isEmpty()) {
        m_error->setText(tr("The username is missing."));
        return;
    }
    if (const int minimum = pinMinimum(); m_pin->text().size() < minimum) {
        m_error->setText(pinRole() == Role::Manager
                             ? tr("A manager's PIN is %1 to 12 digits.").arg(minimum)
                             : tr("A PIN is %1 to 12 digits.").arg(minimum));
        return;
    }
    if (m_pin->text() != m_pinRepeat->text()) {
        m_error->setText(tr("The two PINs differ."));
        return;
    }
    m_error->clear();
    QDialog::accept();
}

} // namespace rc::ui

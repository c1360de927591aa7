#include "loginscreen.h"

#include "session.h"
#include "store/userrepository.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rc::ui {

LoginScreen::LoginScreen(Session &session, Authenticate authenticate, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_authenticate(std::move(authenticate))
{
    setObjectName(QStringLiteral("loginScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);

    auto *panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setMaximumWidth(420);
    panel->setMinimumWidth(360);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(28, 24, 28, 24);

    m_title = new QLabel(panel);

    m_title->setTextFormat(Qt::RichText); // the name in it is escaped
    m_title->setObjectName(QStringLiteral("loginTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_user = new QLineEdit(panel);
    m_user->setObjectName(QStringLiteral("loginUserEdit"));
    form->addRow(tr("User:"), m_user);
    m_pin = new QLineEdit(panel);
    m_pin->setObjectName(QStringLiteral("loginPinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), m_pin));
    form->addRow(tr("PIN:"), m_pin);
    layout->addLayout(form);

    m_message = new QLabel(panel);

    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_message);

    m_login = new QPushButton(tr("Log in"), panel);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    layout->addWidget(m_login);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_login, &QPushButton::clicked, this, &LoginScreen::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginScreen::submit);
    connect(m_user, &QLineEdit::returnPressed, m_pin, qOverload<>(&QWidget::setFocus));
    prepare();
}

void LoginScreen::takeKeyboard()
{
    if (m_session.isLoggedIn() && m_session.isLocked())
        m_pin->setFocus();
    else
        m_user->setFocus();
}

void LoginScreen::prepare()
{
    m_pin->clear();
    m_message->clear();
    if (m_session.isLoggedIn() && m_session.isLocked()) {
        m_title->setText(
            QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(tr("Locked"), tr("%1, enter your PIN to continue, or log in as someone "
                                      "else.")
                                       .arg(m_session.displayName().toHtmlEscaped())));
        m_user->setText(m_session.user().username);
        m_pin->setFocus();
    } else {
        m_title->setText(QStringLiteral("<h2>%1</h2><p>%2</p>")
                             .arg(tr("Repair Counter"), tr("Log in with your user and PIN.")));
        m_user->clear();
        m_user->setFocus();
    }
}

void LoginScreen::submit()
{
    const QString username = m_user->text().trimmed();
    if (username.isEmpty() || m_pin->text().isEmpty()) {
        m_message->setText(tr("Enter your user and PIN."));
        return;
    }
    const Result<User> user = m_authenticate(username, m_pin->text());
    m_pin->clear();
    if (!user) {
        m_message->setText(user.error().message);
        return;
    }
    m_message->clear();
    m_session.logIn(user.value());
    if (user->pinBelowMinimum) {
        // Said once, without stopping the work: the PIN still works until it is changed.
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("PIN too short"),
            user->role == Role::Manager
                ? tr("A manager's PIN now has at least %1 digits and yours is shorter. It still "
                     "works; please set a longer one now (Users screen, Reset PIN).")
                      .arg(UserRepository::kMinManagerPinLength)
                : tr("Your PIN is shorter than the center now asks for. It still works; please "
                     "ask a manager to set a longer one (Users screen)."),
            QMessageBox::Ok, window());
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("shortPinNotice"));
        box->open();
    }
    emit loggedIn();
}

} // namespace rc::ui

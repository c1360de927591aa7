#include "mainwindow.h"

#include "aboutdialog.h"
#include "language.h"
#include "login/loginscreen.h"
#include "services.h"
#include "widgets/idlewatcher.h"
#include "workflow/records.h"

#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace rc::ui {

MainWindow::MainWindow(Services &services, Session &session, LoginScreen *login,
                       const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_session(session)
    , m_login(login)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Repair Counter"));
    fitToScreen();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_login->setParent(m_pages);
    m_pages->addWidget(m_login);

    m_work = new QWidget(m_pages);
    m_work->setObjectName(QStringLiteral("workArea"));
    auto *layout = new QHBoxLayout(m_work);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(m_work);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(170);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: #243447; color: #e8eef5; font-size: 15px; padding-top: 8px;"
        " outline: 0; }"
        "QListWidget::item { padding: 12px 16px; border: 0; }"
        "QListWidget::item:selected { background: #3c6e9f; color: white; padding: 12px 16px; }"
        "QListWidget::item:hover:!selected { background: #2e4259; }"));
    layout->addWidget(m_navigation);

    m_stack = new QStackedWidget(m_work);
    m_stack->setObjectName(QStringLiteral("screens"));
    layout->addWidget(m_stack, 1);
    m_pages->addWidget(m_work);
    setCentralWidget(m_pages);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);

    buildMenus(language);

    m_userLabel = new QLabel(this);

    m_userLabel->setTextFormat(Qt::PlainText);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_userLabel);
    m_storeLabel = new QLabel(tr("Store: %1").arg(services.records.storePath()), this);
    m_storeLabel->setObjectName(QStringLiteral("storePathLabel"));
    m_storeLabel->setTextFormat(Qt::PlainText);
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_storeLabel, 1);
    m_lockButton = new QToolButton(this);
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    m_lockButton->setText(tr("Lock"));
    m_lockButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_lockButton);
    m_logoutButton = new QToolButton(this);
    m_logoutButton->setObjectName(QStringLiteral("logoutButton"));
    m_logoutButton->setText(tr("Log out"));
    m_logoutButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_logoutButton);
    connect(m_lockButton, &QToolButton::clicked, this, &MainWindow::lockSession);
    connect(m_logoutButton, &QToolButton::clicked, this, &MainWindow::logOut);

    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockSession);

    connect(&m_session, &Session::changed, this, &MainWindow::sessionChanged);
    sessionChanged();
}

void MainWindow::fitToScreen()
{
    // 1280 × 800 where it fits; on a smaller screen (1366 × 768 laptops, with a panel) the
    // whole window, status bar included, inside the available area, title bar allowed for.
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    const QSize wanted(1280, 800);
    if (!where) {
        resize(wanted);
        return;
    }
    const QRect available = where->availableGeometry();
    // What the window manager adds around the window is known only once it is shown; leave
    // room for a usual title bar and border.
    const QSize frame(16, 48);
    const QSize room = available.size() - frame;
    const QSize size = wanted.boundedTo(room.expandedTo(minimumSizeHint()));
    resize(size);
    move(available.topLeft()
         + QPoint(qMax(0, (available.width() - size.width() - frame.width()) / 2),
                  qMax(0, (available.height() - size.height() - frame.height()) / 2)));
}

void MainWindow::addScreen(QWidget *screen, const QString &title, Permission permission)
{
    m_entries.append({screen, permission});
    m_stack->addWidget(screen);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, screen->objectName());
    item->setHidden(!m_session.can(permission));
    if (m_navigation->currentRow() < 0 && !item->isHidden())
        m_navigation->setCurrentItem(item);
}

bool MainWindow::showScreen(QWidget *screen)
{
    const int index = m_stack->indexOf(screen);
    if (index < 0 || m_navigation->item(index)->isHidden())
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

QWidget *MainWindow::currentScreen() const
{
    return m_stack->currentWidget();
}

int MainWindow::screenCount() const
{
    return m_stack->count();
}

QList<QWidget *> MainWindow::offeredScreens() const
{
    QList<QWidget *> screens;
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (!m_navigation->item(i)->isHidden())
            screens.append(m_stack->widget(i));
    }
    return screens;
}

void MainWindow::setIdleLockMinutes(int minutes)
{
    m_idle->setTimeoutMs(minutes * 60 * 1000);
    if (m_session.isLoggedIn() && !m_session.isLocked())
        m_idle->start();
}

void MainWindow::lockSession()
{
    m_session.lock();
}

void MainWindow::logOut()
{
    m_session.logOut();
}

void MainWindow::sessionChanged()
{
    const bool working = m_session.isLoggedIn() && !m_session.isLocked();
    for (int i = 0; i < m_entries.size(); ++i)
        m_navigation->item(i)->setHidden(!m_session.can(m_entries.at(i).permission));
    if (!m_session.isLoggedIn())
        m_pageUserId.clear();
    if (!working) {
        closeOpenDialogs();
        m_idle->stop();
        m_userLabel->clear();
        // Hidden before the login form is prepared: a hidden button that held the keyboard
        // (the Log out just clicked) hands it on to the next one in the chain.
        m_lockButton->setVisible(false);
        m_logoutButton->setVisible(false);
        // Shown, then prepared, so the user field (or the PIN after a lock) takes the keyboard;
        // once more after the click that got here is done with (under a window manager the
        // button's own handling hands the keyboard on after this returns).
        m_pages->setCurrentWidget(m_login);
        m_login->prepare();
        QTimer::singleShot(0, m_login, [this] {
            if (m_pages->currentWidget() == m_login)
                m_login->takeKeyboard();
        });
        return;
    }
    m_userLabel->setText(tr("%1 (%2)").arg(m_session.displayName(), roleLabel(m_session.role())));
    m_lockButton->setVisible(true);
    m_logoutButton->setVisible(true);
    // Someone who logs in starts on their own first screen; the same user coming back from
    // a lock finds the screen they left.
    const bool newUser = m_session.userId() != m_pageUserId;
    m_pageUserId = m_session.userId();
    const int current = m_navigation->currentRow();
    if (newUser || current < 0 || m_navigation->item(current)->isHidden()) {
        for (int i = 0; i < m_navigation->count(); ++i) {
            if (!m_navigation->item(i)->isHidden()) {
                m_navigation->setCurrentRow(i);
                break;
            }
        }
    }
    m_pages->setCurrentWidget(m_work);
    // The keyboard goes to the screen, not to whatever followed the login form in the
    // focus chain (the status bar's Log out, where Enter would log out again); once more
    // after the key that logged in is done with.
    focusScreen();
    QTimer::singleShot(0, this, [this] {
        if (m_pages->currentWidget() == m_work)
            focusScreen();
    });
    m_idle->start();
}

void MainWindow::focusScreen()
{
    QWidget *screen = m_stack->currentWidget();
    QWidget *focused = QApplication::focusWidget();
    if (!screen || (focused && screen->isAncestorOf(focused)))
        return;
    for (QWidget *w = screen->nextInFocusChain(); w && w != screen; w = w->nextInFocusChain()) {
        if (screen->isAncestorOf(w) && w->isVisibleTo(screen) && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MainWindow::buildMenus(const QString &language)
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *lock = fileMenu->addAction(tr("&Lock"), this, &MainWindow::lockSession);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *logout = fileMenu->addAction(tr("Log &out"), this, &MainWindow::logOut);
    logout->setObjectName(QStringLiteral("logoutAction"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *languageMenu = menuBar()->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(languageMenu);
    for (const QString &name : Language::available()) {
        QAction *action = languageMenu->addAction(Language::nativeName(name));
        action->setObjectName(QStringLiteral("language_%1").arg(name));
        action->setCheckable(true);
        action->setChecked(name == language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name, language] {
            if (name != language)
                emit languageChangeRequested(name);
        });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Repair Counter"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_services.records.sqliteVersion(), this);
    dialog.exec();
}

void MainWindow::closeOpenDialogs()
{
    // Children first (a confirmation over a dialog), each one rejected: a dialog shown with
    // exec() returns Rejected, one shown with open() reports finished(Rejected) and is
    // deleted by whoever opened it. Then whatever was connected to its accepted() and
    // finished() is cut off and the dialog disabled: an accept() that still reaches it (a
    // queued click) applies nothing. The workflow layer refuses on its own anyway whatever
    // the acting user may not do (another user logging in after the lock).
    QList<QPointer<QDialog>> dialogs;
    for (QDialog *dialog : findChildren<QDialog *>())
        dialogs.prepend(dialog);
    for (const QPointer<QDialog> &dialog : std::as_const(dialogs)) {
        if (!dialog || !dialog->isVisible())
            continue;
        dialog->setEnabled(false);
        dialog->reject();
        if (!dialog)
            continue;
        disconnect(dialog, &QDialog::accepted, nullptr, nullptr);
        disconnect(dialog, &QDialog::finished, nullptr, nullptr);
    }
}

} // namespace rc::ui

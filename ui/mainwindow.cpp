#include "mainwindow.h"

#include "aboutdialog.h"
#include "homescreen.h"
#include "language.h"
#include "store/database.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace rc::ui {

MainWindow::MainWindow(Database &database, const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Repair Counter"));
    resize(1200, 780);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(180);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: #243447; color: #e8eef5; font-size: 15px; padding-top: 8px; }"
        "QListWidget::item { padding: 12px 16px; }"
        "QListWidget::item:selected { background: #3c6e9f; color: white; }"));
    layout->addWidget(m_navigation);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("screens"));
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);

    addScreen(new HomeScreen(database, this), tr("Home"));

    buildMenus(language);

    m_storeLabel = new QLabel(tr("Store: %1").arg(database.path()), this);
    m_storeLabel->setObjectName(QStringLiteral("storePathLabel"));
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_storeLabel, 1);
}

void MainWindow::addScreen(QWidget *screen, const QString &title)
{
    m_stack->addWidget(screen);
    m_navigation->addItem(title);
    if (m_navigation->count() == 1)
        m_navigation->setCurrentRow(0);
}

void MainWindow::showScreen(QWidget *screen)
{
    const int index = m_stack->indexOf(screen);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

int MainWindow::screenCount() const
{
    return m_stack->count();
}

void MainWindow::buildMenus(const QString &language)
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
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
    AboutDialog dialog(m_database, this);
    dialog.exec();
}

} // namespace rc::ui

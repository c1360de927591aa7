// repair-counter: the counter GUI. Composition root only: parse arguments, open the store,
// build the services, hand them to the window, run.
#include "common/paths.h"
#include "language.h"
#include "mainwindow.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <functional>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RepairCounter"));
    QApplication::setApplicationName(QStringLiteral("repair-counter"));
    QApplication::setApplicationVersion(QStringLiteral(RC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Repair Counter"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("The store (SQLite file). Default: $REPAIR_COUNTER_DB, else the "
                       "application data folder."),
        QStringLiteral("PATH"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Interface language for this run: zh_CN or en."),
        QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    rc::ui::Language language;
    language.applyStored(parser.value(langOption));

    const QString path = rc::resolveDatabasePath(parser.value(dbOption));
    auto opened = rc::Database::open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, QObject::tr("Repair Counter"), opened.error().message);
        return 1;
    }
    std::unique_ptr<rc::Database> database = std::move(opened).value();

    std::unique_ptr<rc::ui::MainWindow> window;
    std::function<void()> buildWindow;
    buildWindow = [&] {
        window = std::make_unique<rc::ui::MainWindow>(*database, language.current());
        QObject::connect(window.get(), &rc::ui::MainWindow::languageChangeRequested, &app,
                         [&](const QString &name) {
                             language.switchTo(name);
                             // Rebuild the window so every string is read again in the
                             // new language; the store and services stay as they are.
                             QMetaObject::invokeMethod(
                                 &app,
                                 [&] {
                                     const QRect geometry = window->geometry();
                                     window.reset();
                                     buildWindow();
                                     window->setGeometry(geometry);
                                 },
                                 Qt::QueuedConnection);
                         });
        window->show();
    };
    buildWindow();
    return app.exec();
}

#include "tillscreen.h"

#include "services.h"
#include "session.h"
#include "tickets/money.h"
#include "widgets/documentsfolder.h"
#include "workflow/workflows.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QString methodLabel(const QString &method)
{
    if (method == QLatin1String("cash"))
        return TillScreen::tr("Cash");
    if (method == QLatin1String("card"))
        return TillScreen::tr("Card");
    if (method == QLatin1String("mobile"))
        return TillScreen::tr("Mobile payment (WeChat, Alipay …)");
    if (method == QLatin1String("total"))
        return TillScreen::tr("Total");
    return TillScreen::tr("Other");
}

} // namespace

TillScreen::TillScreen(Services &services, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("tillScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Till"), this);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600;"));
    layout->addWidget(title);

    auto *bar = new QHBoxLayout;
    m_date = new QDateEdit(services.clock.today(), this);
    m_date->setObjectName(QStringLiteral("tillDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_run = new QPushButton(tr("&Show"), this);
    m_run->setObjectName(QStringLiteral("runTillButton"));
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportTillButton"));
    m_export->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tillMessage"));
    bar->addWidget(new QLabel(tr("Day"), this));
    bar->addWidget(m_date);
    bar->addWidget(m_run);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("tillTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Method"), tr("Takings"), tr("Refunds"), tr("Net"), tr("Count")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    // The method's name takes the spare width; the figures stay next to it, right-aligned.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(m_run, &QPushButton::clicked, this, &TillScreen::run);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (isVisible())
            run();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (!m_figures)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export till"),
            documentsFolder()
                + QStringLiteral("/till-%1.csv").arg(m_figures->date.toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
}

// Opening the till shows the chosen day's figures at once; only a manager gets here, and the core
// checks again (a refusal there is audited, so nobody else triggers it by opening the screen).
void TillScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session.can(Permission::ManageCenter))
        run();
}

void TillScreen::setDate(const QDate &date)
{
    m_date->setDate(date);
}

bool TillScreen::run()
{
    auto figures = m_services.workflows.admin.tillReport(m_session.userId(), m_date->date());
    if (!figures) {
        m_figures.reset();
        m_table->setRowCount(0);
        m_export->setEnabled(false);
        m_message->setText(figures.error().message);
        return false;
    }
    m_figures = *figures;
    QList<TillLine> rows = figures->lines;
    rows.append(figures->total);
    m_table->setRowCount(static_cast<int>(rows.size()));
    const auto money = [&](qint64 minor) {
        return Money {minor, figures->currency}.toDecimalString();
    };
    for (int row = 0; row < rows.size(); ++row) {
        const TillLine &l = rows.at(row);
        const QStringList cells {methodLabel(l.method), money(l.takingsMinor),
                                 money(l.refundsMinor), money(l.netMinor),
                                 QString::number(l.count)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (l.method == QLatin1String("total")) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_export->setEnabled(true);
    m_message->setText(tr("%1: %2 payments and refunds.")
                           .arg(figures->date.toString(Qt::ISODate))
                           .arg(figures->total.count));
    return true;
}

bool TillScreen::exportCsv(const QString &path)
{
    if (!m_figures)
        return false;
    const QByteArray csv = TillReport::toCsv(*m_figures);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        m_message->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_message->setText(tr("Exported to %1.").arg(path));
    return true;
}

} // namespace rc::ui

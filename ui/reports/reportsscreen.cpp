#include "reportsscreen.h"

#include "workflow/paymentmethods.h"

#include "services.h"
#include "store/settingsrepository.h"
#include "tickets/money.h"
#include "tickets/ticketstatus.h"
#include "widgets/documentsfolder.h"
#include "workflow/records.h"
#include "workflow/workflows.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>

namespace rc::ui {

namespace {

QTableWidget *table(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, column, item);
    }
}

// The step between the labels of a count axis up to top (>= 1): 1, 2, 5, 10, 20, 50 …,
// whichever gives at most six steps.
int labelStep(int top)
{
    for (int scale = 1;; scale *= 10) {
        for (const int unit : {1, 2, 5}) {
            if ((top + unit * scale - 1) / (unit * scale) <= 6)
                return unit * scale;
        }
    }
}

} // namespace

ReportsScreen::ReportsScreen(Services &services, Session &, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("reportsScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Reports"), this);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600;"));
    layout->addWidget(title);

    auto *bar = new QHBoxLayout;
    const QDate today = services.clock.today();
    m_from = new QDateEdit(today.addDays(-29), this);
    m_from->setObjectName(QStringLiteral("reportFromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("reportToDate"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_run = new QPushButton(tr("&Show"), this);
    m_run->setObjectName(QStringLiteral("runReportButton"));
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0); // busy: the report cannot say how far it got
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    bar->addWidget(m_run);
    bar->addWidget(m_busy);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    auto *grid = new QGridLayout;
    m_summary = table(this, "summaryTable", {tr("Figure"), tr("Value")});
    m_stages = table(this, "stagesTable",
                     {tr("Stage"), tr("Tickets"), tr("Median (h)"), tr("90th pct. (h)")});
    m_technicians = table(this, "techniciansTable",
                          {tr("Technician"), tr("Completed"), tr("Warranty"), tr("Paid"),
                           tr("Median (h)"), tr("90th pct. (h)"), tr("Revenue")});
    auto *chart = new QChart;
    chart->setTitle(tr("Tickets per day"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart = new QChartView(chart, this);
    m_chart->setObjectName(QStringLiteral("dailyChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    grid->addWidget(m_summary, 0, 0, 2, 1);
    grid->addWidget(m_chart, 0, 1);
    grid->addWidget(m_stages, 1, 1);
    grid->addWidget(m_technicians, 2, 0, 1, 2);
    m_loaners = table(this, "loanersTable",
                      {tr("Loaner out on"), tr("Customer"), tr("Loaner phone"), tr("Lent"),
                       tr("Expected back"), tr("Deposit"), tr("Overdue")});
    grid->addWidget(m_loaners, 3, 0, 1, 2);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 2);
    // The figures, then the remedies by rule and the refunds (issue 20), one tab each.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    auto *figuresPage = new QWidget(m_tabs);
    figuresPage->setLayout(grid);
    m_tabs->addTab(figuresPage, tr("Figures"));
    const auto csvPage = [this](QTableWidget *table, QPushButton *button) {
        auto *page = new QWidget(m_tabs);
        auto *pageLayout = new QVBoxLayout(page);
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(button);
        pageLayout->addLayout(row);
        pageLayout->addWidget(table, 1);
        return page;
    };
    m_remedyTable
        = table(this, "remediesTable", {tr("Remedy"), tr("Rule"), tr("Count"), tr("Money back")});
    m_exportRemedies = new QPushButton(tr("Export remedies CSV…"), this);
    m_exportRemedies->setObjectName(QStringLiteral("exportRemediesButton"));
    m_exportRemedies->setEnabled(false);
    m_tabs->addTab(csvPage(m_remedyTable, m_exportRemedies), tr("Remedies by rule"));
    m_refundTable
        = table(this, "refundsTable",
                {tr("Date"), tr("Ticket"), tr("Amount"), tr("Method"), tr("By"), tr("Why")});
    m_exportRefunds = new QPushButton(tr("Export refunds CSV…"), this);
    m_exportRefunds->setObjectName(QStringLiteral("exportRefundsButton"));
    m_exportRefunds->setEnabled(false);
    m_tabs->addTab(csvPage(m_refundTable, m_exportRefunds), tr("Refunds"));
    layout->addWidget(m_tabs, 1);
    const auto askPath = [this](const QString &name) {
        return QFileDialog::getSaveFileName(this, tr("Export report"),
                                            documentsFolder()
                                                + QStringLiteral("/%1-%2-%3.csv")
                                                      .arg(name,
                                                           m_from->date().toString(Qt::ISODate),
                                                           m_to->date().toString(Qt::ISODate)),
                                            tr("CSV files (*.csv)"));
    };
    connect(m_exportRemedies, &QPushButton::clicked, this, [this, askPath] {
        if (const QString path = askPath(QStringLiteral("remedies")); !path.isEmpty())
            exportRemediesCsv(path);
    });
    connect(m_exportRefunds, &QPushButton::clicked, this, [this, askPath] {
        if (const QString path = askPath(QStringLiteral("refunds")); !path.isEmpty())
            exportRefundsCsv(path);
    });

    connect(m_run, &QPushButton::clicked, this, &ReportsScreen::run);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (!m_figures)
            return;
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export report"),
                                           documentsFolder()
                                               + QStringLiteral("/report-%1-%2.csv")
                                                     .arg(m_figures->from.toString(Qt::ISODate),
                                                          m_figures->to.toString(Qt::ISODate)),
                                           tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
}

void ReportsScreen::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

ReportsScreen::~ReportsScreen()
{
    if (m_worker)
        m_worker->wait(); // its result is dropped with this screen
}

bool ReportsScreen::run()
{
    if (m_worker)
        return false;
    auto days = m_services.settings.intValue(QStringLiteral("repair_warranty.days"));
    const int warrantyDays = days ? *days : 90;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    showRemedies(from, to);
    QElapsedTimer timer;
    timer.start();
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) < kInlineDays) {
        auto figures = m_services.records.figures(from, to, warrantyDays);
        present(figures, timer.elapsed());
        return figures.ok();
    }
    // A long range: on a worker with its own connection to the same store.
    auto result = std::make_shared<std::optional<Result<KpiFigures>>>();
    const workflow::Records &records = m_services.records;
    m_worker = QThread::create([result, &records, from, to, warrantyDays] {
        result->emplace(records.figuresApart(from, to, warrantyDays));
    });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, this, [this, result, timer] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_busy->hide();
        m_run->setEnabled(true);
        present(result->value_or(Result<KpiFigures>(Error {QStringLiteral("REPORT"), QString()})),
                timer.elapsed());
    });
    m_run->setEnabled(false);
    m_busy->show();
    m_message->setText(tr("Computing the report…"));
    m_worker->start();
    return true;
}

void ReportsScreen::present(const Result<KpiFigures> &figures, qint64 ms)
{
    if (!figures) {
        m_message->setText(figures.error().message);
        emit reportFinished(false);
        return;
    }
    m_figures = *figures;
    fill(*figures);
    fillLoaners();
    m_export->setEnabled(true);
    m_message->setText(tr("Computed in %1 ms.").arg(ms));
    emit reportFinished(true);
}

// The loaner phones out now, overdue ones first said so (LoanerRepository::isOverdue).
void ReportsScreen::fillLoaners()
{
    auto out = m_services.workflows.loaners.loansOut();
    m_loaners->setRowCount(0);
    if (!out) {
        m_message->setText(out.error().message);
        return;
    }
    for (const LoanOut &o : std::as_const(*out)) {
        const int row = m_loaners->rowCount();
        m_loaners->insertRow(row);
        setRow(
            m_loaners, row,
            {o.ticketNumber, o.customerName,
             QStringLiteral("%1 · %2").arg(o.loaner.model, o.loaner.imei),
             o.loan.lentAt.toLocalTime().date().toString(Qt::ISODate),
             o.loan.expectedReturn.toString(Qt::ISODate),
             QStringLiteral("%1 %2").arg(o.loan.deposit.toDecimalString(), o.loan.deposit.currency),
             !o.overdue                                     ? tr("No")
             : o.overdueWhy == QLatin1String("ticket_done") ? tr("Yes: the phone is ready")
                                                            : tr("Yes: past the date")});
    }
}

void ReportsScreen::fill(const KpiFigures &f)
{
    auto money = [&](qint64 minor) {
        return QStringLiteral("%1 %2").arg(Money {minor, f.currency}.toDecimalString(), f.currency);
    };
    auto percent = [](int part, int whole) {
        return whole == 0 ? QString()
                          : QStringLiteral(" (%1 %)").arg(100.0 * part / whole, 0, 'f', 1);
    };
    const int classified = f.warrantyRepairs + f.paidRepairs;
    const QList<QStringList> summary {
        {tr("Tickets received"), QString::number(f.received)},
        {tr("Tickets completed (picked up)"), QString::number(f.completed)},
        {tr("Returned unrepaired"), QString::number(f.returnedUnrepaired)},
        {tr("Cancelled"), QString::number(f.cancelled)},
        {tr("Exchanged (warranty remedy)"), QString::number(f.exchanged)},
        {tr("Refunded (warranty remedy)"), QString::number(f.refunded)},
        {tr("Accessory replaced (warranty remedy)"), QString::number(f.accessoryReplaced)},
        {tr("Disposed (uncollected)"), QString::number(f.disposed)},
        {tr("Turnaround, median"), tr("%1 h").arg(KpiReport::hours(f.turnaround.medianSeconds))},
        {tr("Turnaround, 90th percentile"),
         tr("%1 h").arg(KpiReport::hours(f.turnaround.p90Seconds))},
        {tr("Repeat repairs within %1 days").arg(f.repairWarrantyDays),
         QString::number(f.repeatRepairs) + percent(f.repeatRepairs, f.received)},
        {tr("Warranty repairs"),
         QString::number(f.warrantyRepairs) + percent(f.warrantyRepairs, classified)},
        {tr("Paid repairs"), QString::number(f.paidRepairs) + percent(f.paidRepairs, classified)},
        {tr("Not classified (no quote, no verdict)"), QString::number(f.unclassifiedRepairs)},
        {tr("Payments taken"), money(f.paymentsMinor)},
        {tr("Refunds given"), money(f.refundsMinor)},
        {tr("Revenue"), money(f.revenueMinor)},
    };
    m_summary->setRowCount(static_cast<int>(summary.size()));
    for (int row = 0; row < summary.size(); ++row)
        setRow(m_summary, row, summary.at(row));

    m_stages->setRowCount(static_cast<int>(f.stages.size()));
    for (int row = 0; row < f.stages.size(); ++row) {
        const StageFigures &s = f.stages.at(row);
        const auto status = TicketLifecycle::fromId(s.status);
        setRow(m_stages, row,
               {status ? TicketLifecycle::label(*status) : s.status, QString::number(s.time.count),
                KpiReport::hours(s.time.medianSeconds), KpiReport::hours(s.time.p90Seconds)});
    }

    m_technicians->setRowCount(static_cast<int>(f.technicians.size()));
    for (int row = 0; row < f.technicians.size(); ++row) {
        const TechnicianFigures &t = f.technicians.at(row);
        setRow(m_technicians, row,
               {t.name, QString::number(t.completed), QString::number(t.warrantyRepairs),
                QString::number(t.paidRepairs), KpiReport::hours(t.turnaround.medianSeconds),
                KpiReport::hours(t.turnaround.p90Seconds), money(t.revenueMinor)});
    }
    showChart(f);
}

void ReportsScreen::showChart(const KpiFigures &f)
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    // Long ranges are grouped by week so the bars stay readable.
    const bool weekly = f.days.size() > 45;
    QStringList categories;
    auto *received = new QBarSet(tr("Received"));
    auto *completed = new QBarSet(tr("Completed"));
    received->setColor(QColor(0x3c, 0x6e, 0x9f));
    completed->setColor(QColor(0x4c, 0xaf, 0x50));
    int top = 0;
    for (qsizetype i = 0; i < f.days.size();) {
        const qsizetype end = weekly ? qMin(i + 7, f.days.size()) : i + 1;
        int r = 0;
        int c = 0;
        for (qsizetype k = i; k < end; ++k) {
            r += f.days.at(k).received;
            c += f.days.at(k).completed;
        }
        categories << f.days.at(i).date.toString(QStringLiteral("MM-dd"));
        *received << r;
        *completed << c;
        top = qMax(top, qMax(r, c));
        i = end;
    }
    auto *series = new QBarSeries;
    series->append(received);
    series->append(completed);
    chart->addSeries(series);
    chart->setTitle(weekly ? tr("Tickets per week") : tr("Tickets per day"));
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    // Never truncated: Qt cuts a label to its bar's width, and a quarter by week then read
    // "09-… 09-… 10-…" along the axis (issue 17). Upright once they would not fit side by side.
    x->setTruncateLabels(false);
    if (categories.size() > 7)
        x->setLabelsAngle(-90);
    // Whole tickets, one label per whole step: ticks at fractions under an integer label
    // format printed "0 0 0 0 1" (issue 17).
    const int step = labelStep(qMax(1, top));
    auto *y = new QValueAxis;
    y->setRange(0, ((qMax(1, top) + step - 1) / step) * step);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setMinorTickCount(0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

namespace {

QString remedyKindLabel(const QString &kind)
{
    if (kind == QLatin1String("refund"))
        return ReportsScreen::tr("Refund");
    if (kind == QLatin1String("exchange"))
        return ReportsScreen::tr("Exchange");
    return ReportsScreen::tr("Accessory replacement");
}

} // namespace

void ReportsScreen::showRemedies(const QDate &from, const QDate &to)
{
    auto remedies = m_services.records.remedies(from, to);
    auto refunds = m_services.records.refunds(from, to);
    m_remedies.reset();
    m_refunds.reset();
    m_remedyTable->setRowCount(0);
    m_refundTable->setRowCount(0);
    if (remedies) {
        m_remedies = *remedies;
        m_remedyTable->setRowCount(static_cast<int>(remedies->rows.size()));
        int row = 0;
        for (const RemedyRuleRow &r : std::as_const(remedies->rows))
            setRow(m_remedyTable, row++,
                   {remedyKindLabel(r.kind), r.rule.isEmpty() ? tr("(none)") : r.rule,
                    QString::number(r.count), r.amount.toDecimalString()});
    }
    if (refunds) {
        m_refunds = *refunds;
        m_refundTable->setRowCount(static_cast<int>(refunds->rows.size()));
        int row = 0;
        for (const RefundRow &r : std::as_const(refunds->rows)) {
            setRow(m_refundTable, row++,
                   {QLocale().toString(r.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                    r.ticketNumber, r.amount.toDecimalString(),
                    WorkflowLabels::paymentMethod(r.method), r.userName, r.why});
        }
    }
    m_exportRemedies->setEnabled(m_remedies.has_value());
    m_exportRefunds->setEnabled(m_refunds.has_value());
    if (!remedies)
        m_message->setText(remedies.error().message);
    else if (!refunds)
        m_message->setText(refunds.error().message);
}

bool ReportsScreen::writeCsv(const QString &path, const QByteArray &csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        m_message->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_message->setText(tr("Exported to %1.").arg(path));
    return true;
}

bool ReportsScreen::exportRemediesCsv(const QString &path)
{
    return m_remedies && writeCsv(path, RemedyReport::toCsv(*m_remedies));
}

bool ReportsScreen::exportRefundsCsv(const QString &path)
{
    return m_refunds && writeCsv(path, RemedyReport::toCsv(*m_refunds));
}

bool ReportsScreen::exportCsv(const QString &path)
{
    if (!m_figures)
        return false;
    const QByteArray csv = KpiReport::toCsv(*m_figures);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        m_message->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_message->setText(tr("Exported to %1.").arg(path));
    return true;
}

} // namespace rc::ui

#pragma once

#include "reports/kpireport.h"
#include "reports/remedyreport.h"

#include <QWidget>

#include <optional>

class QChartView;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QThread;

namespace rc::ui {

class Session;
struct Services;

// The manager's figures for a date range (core/reports/KpiReport): a summary table, time
// per stage, per technician, and a chart of tickets received and completed per day; the
// same figures export as CSV (and `repairctl report kpis` prints them as JSON).
// Ranges up to a quarter are computed at once (tens of milliseconds on a million tickets);
// longer ones on a worker thread with its own connection, behind a busy bar, so the window
// stays responsive.
class ReportsScreen : public QWidget
{
    Q_OBJECT

public:
    ReportsScreen(Services &services, Session &session, QWidget *parent = nullptr);
    ~ReportsScreen() override;

    // The longest range computed on the GUI thread.
    static constexpr int kInlineDays = 92;

    void setRange(const QDate &from, const QDate &to);
    const std::optional<KpiFigures> &figures() const { return m_figures; }
    // The remedies by rule and the refunds of the range shown (issue 20), each on its tab
    // with its own CSV export.
    const std::optional<RemedyFigures> &remedyFigures() const { return m_remedies; }
    const std::optional<RefundFigures> &refundFigures() const { return m_refunds; }
    QTabWidget *tabs() const { return m_tabs; }
    bool exportRemediesCsv(const QString &path);
    bool exportRefundsCsv(const QString &path);
    QChartView *chartView() const { return m_chart; }

    bool isRunning() const { return m_worker != nullptr; }

signals:
    // After every run, at once or from the worker: the figures shown, or the error.
    void reportFinished(bool ok);

public slots:
    // False when the range is refused, a report is still running, or (inline) it failed.
    bool run();
    // What the Export button does after asking for a file.
    bool exportCsv(const QString &path);

private:
    void fillLoaners();
    void present(const Result<KpiFigures> &figures, qint64 ms);
    void fill(const KpiFigures &f);
    void showChart(const KpiFigures &f);

    Services &m_services;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_export = nullptr;
    QTableWidget *m_summary = nullptr;
    QTableWidget *m_stages = nullptr;
    QTableWidget *m_technicians = nullptr;
    QTableWidget *m_loaners = nullptr; // loaner phones out and overdue (CN-07), as of today
    QChartView *m_chart = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QThread *m_worker = nullptr;
    std::optional<KpiFigures> m_figures;
    void showRemedies(const QDate &from, const QDate &to);
    bool writeCsv(const QString &path, const QByteArray &csv);
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_remedyTable = nullptr;
    QTableWidget *m_refundTable = nullptr;
    QPushButton *m_exportRemedies = nullptr;
    QPushButton *m_exportRefunds = nullptr;
    std::optional<RemedyFigures> m_remedies;
    std::optional<RefundFigures> m_refunds;
};

} // namespace rc::ui

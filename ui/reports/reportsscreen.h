#pragma once

#include "reports/kpireport.h"

#include <QWidget>

#include <optional>

class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rc::ui {

class Session;
struct Services;

// The manager's figures for a date range (core/reports/KpiReport): a summary table, time
// per stage, per technician, and a chart of tickets received and completed per day; the
// same figures export as CSV (and `repairctl report kpis` prints them as JSON).
class ReportsScreen : public QWidget
{
    Q_OBJECT

public:
    ReportsScreen(Services &services, Session &session, QWidget *parent = nullptr);

    void setRange(const QDate &from, const QDate &to);
    const std::optional<KpiFigures> &figures() const { return m_figures; }
    QChartView *chartView() const { return m_chart; }

public slots:
    bool run();
    // What the Export button does after asking for a file.
    bool exportCsv(const QString &path);

private:
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
    QChartView *m_chart = nullptr;
    QLabel *m_message = nullptr;
    std::optional<KpiFigures> m_figures;
};

} // namespace rc::ui

#pragma once

#include "reports/tillreport.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rc::ui {

class Session;
struct Services;

// The till for one day, per method (core/reports/TillReport): takings, refunds, net and count
// for cash, card and mobile payment, the manager's count at closing; the same figures export
// as CSV (and `repairctl report till --date D` prints them as JSON). The manager's only: the
// core refuses anyone else.
class TillScreen : public QWidget
{
    Q_OBJECT

public:
    TillScreen(Services &services, Session &session, QWidget *parent = nullptr);

    void setDate(const QDate &date);
    const std::optional<TillFigures> &figures() const { return m_figures; }

public slots:
    bool run();
    bool exportCsv(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Services &m_services;
    Session &m_session;
    QDateEdit *m_date = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_export = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    std::optional<TillFigures> m_figures;
};

} // namespace rc::ui

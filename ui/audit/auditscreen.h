#pragma once

#include "store/auditlog.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rc::ui {

class AuditTableModel;
class Session;
struct Services;

// The audit trail: every ticket event (status changes, warranty re-evaluations and a
// manager's overrides with their reason) and every change to users, prices and settings,
// newest first, filtered by ticket number, user, kind and date range.
class AuditScreen : public QWidget
{
    Q_OBJECT

public:
    AuditScreen(Services &services, Session &session, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    AuditFilter filter() const;

public slots:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadChoices();

    Services &m_services;
    AuditLog &m_audit;
    AuditTableModel *m_model = nullptr;
    QLineEdit *m_ticket = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_apply = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace rc::ui

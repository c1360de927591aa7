#pragma once

#include "workflow/ticketscreen.h"
#include "workflow/ticketworkflow.h"

#include <QHash>
#include <QJsonObject>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace rc::warranty {
class WarrantyEngine;
}

namespace rc::ui {

class AssignControl;
class QuoteLinesEditor;
class VerdictPanel;

// Diagnosis (检测), for the technician: findings, fault codes from the 性能故障表, damage
// found, the cause; the warranty verdict re-evaluated by the engine from the intake case with
// what was found, a change of coverage shown in a banner the clerk reads to the customer;
// the parts and labour needed from the price list; the outcome (repair, no fault found,
// cannot repair). Save records the diagnosis (and the new verdict) and, when the phone is to
// be repaired, issues the quote from the lines needed, which moves the ticket to "quoted".
class DiagnosisScreen : public TicketScreen
{
    Q_OBJECT

public:
    DiagnosisScreen(Services &services, Session &session, const warranty::WarrantyEngine &engine,
                    QWidget *parent = nullptr);

    // The verdict the engine gives for what is on the form (empty without an intake case).
    QJsonObject reevaluatedVerdict() const { return m_newVerdict; }
    QJsonObject reevaluatedCase() const { return m_newCase; }
    bool coverageChanged() const;
    // Who repairs the ticket, with "Take it" and "Assign to…".
    AssignControl *assignControl() const { return m_assign; }

public slots:
    bool save();

protected:
    void ticketLoaded() override;
    void sessionChanged() override;

private:
    bool diagnosed(const Result<workflow::DiagnosisResult> &recorded, const QString &result,
                   bool changedCoverage);
    QString outcome() const;
    QStringList checkedFaultCodes() const;
    QStringList checkedDamage() const;
    void reevaluate();
    // Evaluates the ticket's intake case with what is on the form (m_newCase, m_newVerdict);
    // true when the warranty covers the repair (the stored verdict's answer when the engine
    // is not asked).
    bool evaluate(const std::optional<Ticket> &t);
    void refreshEnabled();
    void addAssignControl();

    const warranty::WarrantyEngine &m_engine;
    QPlainTextEdit *m_findings = nullptr;
    QLineEdit *m_cause = nullptr;
    QListWidget *m_faultCodes = nullptr;
    QHash<QString, QCheckBox *> m_damage;
    QLabel *m_verdictBefore = nullptr;
    QLabel *m_verdictNow = nullptr;
    QLabel *m_verdictAfter = nullptr;
    VerdictPanel *m_foundVerdict = nullptr;
    QLabel *m_change = nullptr;
    QuoteLinesEditor *m_lines = nullptr;
    QRadioButton *m_repair = nullptr;
    QRadioButton *m_noFault = nullptr;
    QRadioButton *m_cannotRepair = nullptr;
    QPushButton *m_save = nullptr;
    QJsonObject m_newCase;
    QJsonObject m_newVerdict;
    AssignControl *m_assign = nullptr;
};

} // namespace rc::ui

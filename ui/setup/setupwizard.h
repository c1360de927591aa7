#pragma once

#include "common/result.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rc::ui {

struct Services;

// First run: the center's name, code, address and phone (they go on every receipt), the
// station code, the first manager account, the statutory policy (cn-sanbao by default) and
// an optional brand policy. Shown by main() when the store has no center.code yet.
// Finishing saves the settings and creates the manager through the store; a failure is shown
// on the last page and the wizard stays open. Testable without exec(): fill the fields by
// objectName, next(), accept().
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    explicit SetupWizard(Services &services, QWidget *parent = nullptr);

    // True when the store still needs the first-run setup (no center code yet).
    static bool isNeeded(Services &services);

    // The manager account created by accept(), for logging straight in.
    QString createdUsername() const { return m_createdUsername; }

    void accept() override;

private:
    Status save();

    Services &m_services;
    QLineEdit *m_centerName = nullptr;
    QLineEdit *m_centerCode = nullptr;
    QLineEdit *m_centerAddress = nullptr;
    QLineEdit *m_centerPhone = nullptr;
    QLineEdit *m_stationCode = nullptr;
    QLineEdit *m_managerUser = nullptr;
    QLineEdit *m_managerName = nullptr;
    QLineEdit *m_managerPin = nullptr;
    QLineEdit *m_managerPinAgain = nullptr;
    QComboBox *m_statutory = nullptr;
    QComboBox *m_brand = nullptr;
    QLabel *m_error = nullptr;
    QString m_createdUsername;
};

} // namespace rc::ui

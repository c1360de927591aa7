#pragma once

#include "tickets/user.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rc::ui {

// Asks for a new user (username, name, role, PIN twice) or, in PIN mode, for a new PIN
// twice. Accepting checks the entries and says what is wrong in the dialog instead of
// closing. A widget like any other: tests fill it and press OK without exec().
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { NewUser, ResetPin };
    explicit UserDialog(Mode mode, const QString &who = {}, QWidget *parent = nullptr);

    QString username() const;
    QString displayName() const;
    Role role() const;
    QString pin() const;

    void accept() override;

private:
    Mode m_mode;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinRepeat = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rc::ui

#pragma once

#include "tickets/user.h"

#include <QDialog>

#include <functional>

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
    // The fewest digits a PIN of a role may have (the store's rule, UserRepository::
    // minimumPinLength: managers 6 or more); in PIN mode, `target` is the user's role. The
    // store checks again on saving; asking here keeps the dialog open with what was typed.
    void setPinMinimum(std::function<int(Role)> minimum, Role target = Role::Clerk);

    void accept() override;

private:
    Role pinRole() const;
    int pinMinimum() const;
    void showPinRange();

    Mode m_mode;
    std::function<int(Role)> m_minimum;
    Role m_target = Role::Clerk;
    QLabel *m_pinLabel = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinRepeat = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rc::ui

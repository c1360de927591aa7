#pragma once

#include <QObject>

class QWidget;

namespace rc::ui {

// Enter moves to the next field, as Tab does, so a form can be filled from the keyboard (and
// a barcode scanner, which ends its burst with Enter) without reaching for Tab or the mouse.
// Installed on every line edit, combo box, check box, radio button and spin box under a
// form. Left alone: multi-line text (Enter is a new line there), a line edit whose
// completer list is open (Enter takes the entry), ImeiEdit (it handles its own Enter), and
// push buttons (Enter clicks the default one).
class EnterAdvances : public QObject
{
    Q_OBJECT

public:
    // Watches the fields under `form` as they are now; the filter is a child of `form`.
    static EnterAdvances *install(QWidget *form);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit EnterAdvances(QObject *parent);
};

} // namespace rc::ui

#include "enteradvances.h"

#include "imeiedit.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRadioButton>

namespace rc::ui {

EnterAdvances::EnterAdvances(QObject *parent)
    : QObject(parent)
{
}

EnterAdvances *EnterAdvances::install(QWidget *form)
{
    auto *filter = new EnterAdvances(form);
    filter->setObjectName(QStringLiteral("enterAdvances"));
    const QList<QWidget *> fields = form->findChildren<QWidget *>();
    for (QWidget *field : fields) {
        if (qobject_cast<ImeiEdit *>(field))
            continue;
        // A combo box's or spin box's own line edit is reached through its owner.
        if (qobject_cast<QLineEdit *>(field)
            && (qobject_cast<QComboBox *>(field->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(field->parentWidget())))
            continue;
        if (qobject_cast<QLineEdit *>(field) || qobject_cast<QComboBox *>(field)
            || qobject_cast<QCheckBox *>(field) || qobject_cast<QRadioButton *>(field)
            || qobject_cast<QAbstractSpinBox *>(field))
            field->installEventFilter(filter);
    }
    return filter;
}

bool EnterAdvances::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    auto *field = qobject_cast<QWidget *>(watched);
    if (!field)
        return false;
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        if (edit->completer() && edit->completer()->popup()
            && edit->completer()->popup()->isVisible())
            return false;
    }
    if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->view()->isVisible())
        return false;
    // As if Tab was pressed: the same next field, the same focus chain.
    QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
    QCoreApplication::sendEvent(field, &tab);
    return true;
}

} // namespace rc::ui

#include "imeiedit.h"

#include <QKeyEvent>

#include <limits>

namespace rc::ui {

ImeiEdit::ImeiEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhNoPredictiveText);
    setMaxLength(40); // room for "IMEI: 35-209900-176148-1" and the like
    setClearButtonEnabled(true);
}

bool ImeiEdit::event(QEvent *event)
{
    // Tab never reaches keyPressEvent (QWidget::event turns it into a focus change), so
    // the end of a Tab-terminated scan is seen here, before focus moves on.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier)
            commit(key);
    }
    return QLineEdit::event(event);
}

void ImeiEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        commit(event);
        event->accept();
        emit returnPressed();
        return;
    }
    const QString text = event->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint();
    if (printable) {
        const bool fast = gapSinceLastKey(event) <= burstGapMs;
        m_burstLength = fast ? m_burstLength + 1 : 1;
        remember(event);
        if (m_replaceOnNextKey) {
            m_replaceOnNextKey = false;
            clear();
        }
    } else if (event->key() != Qt::Key_Shift) {
        // Editing keys (backspace, arrows) are a person's: the entry is no longer a scan.
        m_burstLength = 0;
        m_replaceOnNextKey = false;
    }
    QLineEdit::keyPressEvent(event);
}

qint64 ImeiEdit::gapSinceLastKey(const QKeyEvent *event) const
{
    if (event->timestamp() != 0 && m_lastTimestamp != 0 && event->timestamp() >= m_lastTimestamp)
        return static_cast<qint64>(event->timestamp() - m_lastTimestamp);
    return m_sinceLastKey.isValid() ? m_sinceLastKey.elapsed() : std::numeric_limits<qint64>::max();
}

void ImeiEdit::remember(const QKeyEvent *event)
{
    m_lastTimestamp = event->timestamp();
    m_sinceLastKey.restart();
}

void ImeiEdit::commit(const QKeyEvent *event)
{
    const bool fast = gapSinceLastKey(event) <= burstGapMs;
    m_lastWasScan = fast && m_burstLength >= minimumScanLength;
    m_burstLength = 0;
    m_replaceOnNextKey = !text().isEmpty();
    emit committed(text());
    if (m_lastWasScan)
        emit scanned(text());
}

} // namespace rc::ui

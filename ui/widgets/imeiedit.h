#pragma once

#include <QElapsedTimer>
#include <QLineEdit>

class QKeyEvent;

namespace rc::ui {

// A line edit for IMEIs that works with keyboard-wedge barcode scanners as well as with
// typing. A scanner "types" the digits and then Enter or Tab within a few milliseconds:
//  - the input method is switched off (a Chinese IME in pinyin mode would swallow the
//    digits of a scan) and the keyboard hint asks for digits;
//  - Enter or Tab ends the entry and emits committed(); Tab still moves on to the next field;
//  - when the entry came in as a burst (every key within burstGapMs of the one before) it
//    was a scan: scanned() is emitted as well;
//  - the first key after a committed entry replaces the text, so scanning a second phone
//    into the field does not append to the first one's IMEI.
// The raw text is kept as entered; parsing and validation are the caller's (core/identifiers).
class ImeiEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit ImeiEdit(QWidget *parent = nullptr);

    // Keys arriving closer together than this are a scanner's.
    static constexpr int burstGapMs = 40;
    // A burst needs at least this many keys to count as a scan.
    static constexpr int minimumScanLength = 8;

    // True when the last committed entry arrived at scanner speed.
    bool lastEntryWasScan() const { return m_lastWasScan; }

signals:
    // Enter or Tab ended an entry (typed or scanned).
    void committed(const QString &text);
    // The entry was a scan.
    void scanned(const QString &text);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Milliseconds since the previous key: from the events' own timestamps when the platform
    // gives them (they are when the keys were pressed, however long the form took to handle
    // the ones before), else as the events arrive.
    qint64 gapSinceLastKey(const QKeyEvent *event) const;
    void remember(const QKeyEvent *event);
    void commit(const QKeyEvent *event);

    QElapsedTimer m_sinceLastKey;
    quint64 m_lastTimestamp = 0;
    int m_burstLength = 0;
    bool m_replaceOnNextKey = false;
    bool m_lastWasScan = false;
};

} // namespace rc::ui

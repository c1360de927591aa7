#pragma once

#include <QJsonObject>
#include <QObject>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;
class QWidget;

namespace rc::ui {

class Session;
struct Services;

// Keeps the intake form of the user at the keyboard as their draft in the store
// (IntakeDraftRepository), so nothing typed is lost to a crash, a closed window, a language
// switch or a logout, and nothing is shown to anyone else:
//  - every change is written shortly after the typing stops (a scanner's burst is one write);
//  - when another user logs in (or nobody), the form is kept for the one who typed it and
//    cleared; a lock and unlock by the same user leaves it as it is;
//  - a user who has a draft gets it offered in a bar above the form (restore or discard);
//    the form waits (offerPending()) until they answer.
// The screen hands in how to read, fill and clear its fields.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    struct Form
    {
        std::function<QJsonObject()> read; // the fields; an empty object: nothing typed
        std::function<void(const QJsonObject &)> fill;
        std::function<void()> clear;
        std::function<QString(const QJsonObject &)> describe; // one line for the offer
    };

    // The screen calls flush() before its fields go (a closing window, a language switch).
    DraftKeeper(Services &services, Session &session, Form form, QWidget *parent);
    ~DraftKeeper() override;
    // Offers the logged-in user's draft, if any (call once the screen is wired up).
    void start();

    // The offer: "an intake not saved yet … Restore / Discard".
    QWidget *offerBar() const { return m_bar; }
    bool offerPending() const;
    // Puts the keyboard on the offer's Restore button (Enter restores).
    void focusOffer();
    // Whose work the form holds (empty: nobody's yet).
    QString formUserId() const { return m_formUser; }
    // Milliseconds after the last change before the draft is written.
    static constexpr int delayMs = 400;

public slots:
    // The user changed the form.
    void edited();
    // Writes a pending change now.
    void flush();
    // Clears the form on purpose: the draft goes too.
    void discard();
    // Clears the form after the ticket was created (the store dropped the draft with it).
    void saved();
    // Takes the offered draft into the form / drops it.
    void restore();
    void reject();

signals:
    // The offer appeared (true) or was answered (false): the form waits meanwhile.
    void offerChanged(bool pending);
    // Writing the draft failed (the message says why); the form is untouched.
    void failed(const QString &message);

private:
    void sessionChanged();
    void keep();
    void offer();

    Services &m_services;
    Session &m_session;
    Form m_form;
    QTimer *m_delay = nullptr;
    QWidget *m_bar = nullptr;
    QLabel *m_offerLabel = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_reject = nullptr;
    QString m_sessionUser; // who is logged in, as last seen
    QString m_formUser; // whose work is on the form
    QJsonObject m_offered;
    bool m_dirty = false;
    bool m_filling = false; // changes made by fill/clear are not the user's
};

} // namespace rc::ui

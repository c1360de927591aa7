#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace rc::workflow {

// What changed in the store, announced by the workflow layer after each commit. One object
// per process, built in main() with the services and handed to whoever shows the data (the
// queue, the open ticket, the manager's screens), so any change — from this window, another
// one, a later pull from head office — refreshes what is on screen. Nothing is emitted for a
// refused step or a rolled-back transaction.
class Changes : public QObject
{
    Q_OBJECT

public:
    explicit Changes(QObject *parent = nullptr);

signals:
    void ticketCreated(const QString &ticketId);
    // Anything about the ticket: status, timeline, diagnosis, quote, payments, verdict.
    void ticketChanged(const QString &ticketId);
    void usersChanged();
    void priceListChanged();
    void settingsChanged(const QStringList &keys);
    // The loaner phones' list or a loan (the ticket's own change is ticketChanged).
    void loanersChanged();
};

} // namespace rc::workflow

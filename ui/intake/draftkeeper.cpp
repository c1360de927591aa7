#include "draftkeeper.h"

#include "services.h"
#include "session.h"
#include "store/intakedraftrepository.h"
#include "widgets/busystore.h"
#include "workflow/workflows.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace rc::ui {

DraftKeeper::DraftKeeper(Services &services, Session &session, Form form, QWidget *parent)
    : QObject(parent)
    , m_services(services)
    , m_session(session)
    , m_form(std::move(form))
{
    setObjectName(QStringLiteral("draftKeeper"));
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(delayMs);
    connect(m_delay, &QTimer::timeout, this, &DraftKeeper::keep);

    m_bar = new QWidget(parent);
    m_bar->setObjectName(QStringLiteral("draftOfferBar"));
    m_bar->setAttribute(Qt::WA_StyledBackground);
    m_bar->setStyleSheet(QStringLiteral(
        "#draftOfferBar { background:#fbe7b5; border:1px solid #d9b25f; border-radius:4px; }"));
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(10, 6, 10, 6);
    m_offerLabel = new QLabel(m_bar);
    m_offerLabel->setObjectName(QStringLiteral("draftOfferLabel"));
    m_offerLabel->setTextFormat(Qt::PlainText); // the customer's name is in it
    m_offerLabel->setWordWrap(true);
    layout->addWidget(m_offerLabel, 1);
    m_restore = new QPushButton(tr("Restore it"), m_bar);
    m_restore->setObjectName(QStringLiteral("draftRestoreButton"));
    m_reject = new QPushButton(tr("Discard it"), m_bar);
    m_reject->setObjectName(QStringLiteral("draftDiscardButton"));
    // Enter on a focused button answers, as in a dialog.
    m_restore->setAutoDefault(true);
    m_reject->setAutoDefault(true);
    layout->addWidget(m_restore);
    layout->addWidget(m_reject);
    m_bar->hide();
    connect(m_restore, &QPushButton::clicked, this, &DraftKeeper::restore);
    connect(m_reject, &QPushButton::clicked, this, &DraftKeeper::reject);

    m_sessionUser = m_session.isLoggedIn() ? m_session.userId() : QString();
    connect(&m_session, &Session::changed, this, &DraftKeeper::sessionChanged);
}

DraftKeeper::~DraftKeeper() = default;

void DraftKeeper::start()
{
    // Whatever the screen did to its fields while it was being built is not the user's.
    m_delay->stop();
    m_dirty = false;
    offer();
}

void DraftKeeper::focusOffer()
{
    if (offerPending())
        m_restore->setFocus();
}

bool DraftKeeper::offerPending() const
{
    return !m_offered.isEmpty();
}

void DraftKeeper::edited()
{
    if (m_filling || offerPending() || m_sessionUser.isEmpty()
        || !m_session.can(Permission::Intake))
        return;
    m_formUser = m_sessionUser;
    m_dirty = true;
    m_delay->start();
}

void DraftKeeper::flush()
{
    keep();
}

void DraftKeeper::keep()
{
    m_delay->stop();
    // An offered draft is the user's until they answer: nothing overwrites or drops it.
    if (!m_dirty || m_formUser.isEmpty() || offerPending())
        return;
    m_dirty = false;
    const QJsonObject form = m_form.read();
    IntakeDraftRepository &drafts = m_services.drafts;
    // Another program's long write (an upgrade, a seed) must not freeze the window for the
    // store's whole busy timeout while the form is typed: a short wait, and a busy store is
    // tried again after the next delay.
    workflow::Workflows &workflows = m_services.workflows;
    const int usual = workflows.lockWaitMs();
    const bool shortened = workflows.setLockWaitMs(BusyStoreRetry::kAttemptWaitMs).ok();
    const Status kept = form.isEmpty() ? drafts.discard(m_formUser) : drafts.save(m_formUser, form);
    if (shortened)
        static_cast<void>(workflows.setLockWaitMs(usual));
    if (!kept && kept.error().code == QLatin1String("DB_BUSY")) {
        m_dirty = true;
        m_delay->start();
        return;
    }
    if (!kept)
        emit failed(tr("The unsaved intake could not be kept: %1").arg(kept.error().message));
}

void DraftKeeper::discard()
{
    m_delay->stop();
    m_dirty = false;
    const QString user = m_formUser.isEmpty() ? m_sessionUser : m_formUser;
    if (!user.isEmpty() && !offerPending()) {
        const Status dropped = m_services.drafts.discard(user);
        if (!dropped)
            emit failed(dropped.error().message);
    }
    m_filling = true;
    m_form.clear();
    m_filling = false;
}

void DraftKeeper::saved()
{
    m_delay->stop();
    m_dirty = false;
    m_filling = true;
    m_form.clear();
    m_filling = false;
}

void DraftKeeper::sessionChanged()
{
    const QString user = m_session.isLoggedIn() ? m_session.userId() : QString();
    // Locked and unlocked by the same user: the form stays as it is.
    if (user == m_sessionUser)
        return;
    // Someone else (or nobody): the form is kept for the one who typed it, then cleared.
    keep();
    m_sessionUser = user;
    m_formUser.clear();
    const bool wasPending = offerPending();
    m_offered = {};
    m_bar->hide();
    m_filling = true;
    m_form.clear();
    m_filling = false;
    if (wasPending)
        emit offerChanged(false);
    offer();
}

void DraftKeeper::offer()
{
    if (m_sessionUser.isEmpty() || !m_session.can(Permission::Intake))
        return;
    auto draft = m_services.drafts.forUser(m_sessionUser);
    if (!draft) {
        emit failed(draft.error().message);
        return;
    }
    if (!*draft || (*draft)->form.isEmpty())
        return;
    m_offered = (*draft)->form;
    const QString when
        = QLocale().toString((*draft)->savedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString what = m_form.describe ? m_form.describe(m_offered) : QString();
    m_offerLabel->setText(
        what.isEmpty()
            ? tr("An intake you did not save, from %1. Restore it?").arg(when)
            : tr("An intake you did not save, from %1: %2. Restore it?").arg(when, what));
    m_bar->show();
    emit offerChanged(true);
    focusOffer();
}

void DraftKeeper::restore()
{
    if (!offerPending())
        return;
    const QJsonObject form = m_offered;
    m_offered = {};
    m_bar->hide();
    m_filling = true;
    m_form.fill(form);
    m_filling = false;
    // The draft stays in the store until the ticket is saved or the form cleared.
    m_formUser = m_sessionUser;
    emit offerChanged(false);
}

void DraftKeeper::reject()
{
    if (!offerPending())
        return;
    m_offered = {};
    m_bar->hide();
    const Status dropped = m_services.drafts.discard(m_sessionUser);
    if (!dropped)
        emit failed(dropped.error().message);
    emit offerChanged(false);
}

} // namespace rc::ui

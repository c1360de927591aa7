#include "syncpage.h"

#include "common/clock.h"
#include "sync/outbox.h"
#include "sync/transport.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rc::ui {

SyncPage::SyncPage(sync::Outbox &outbox, sync::SyncStateStore &stateStore, const Clock &clock,
                   QWidget *parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_stateStore(stateStore)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("syncPage"));
    auto *layout = new QVBoxLayout(this);

    auto *state = new QFormLayout;
    auto label = [&](const char *name) {
        auto *l = new QLabel(this);
        l->setTextFormat(Qt::PlainText);
        l->setObjectName(QString::fromLatin1(name));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        return l;
    };
    m_phase = label("syncPhaseLabel");
    m_pending = label("syncPendingLabel");
    m_quarantined = label("syncQuarantinedLabel");
    m_lastSuccess = label("syncLastSuccessLabel");
    m_lastError = label("syncLastErrorLabel");
    for (QLabel *value : {m_phase, m_pending, m_quarantined, m_lastSuccess, m_lastError}) {
        auto *caption = new QLabel(this);
        caption->setTextFormat(Qt::PlainText);
        m_captions.append(caption);
        state->addRow(caption, value);
    }
    layout->addLayout(state);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("quarantineTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_syncNow = new QPushButton(this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    buttons->addWidget(m_syncNow);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    layout->addLayout(buttons);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNowRequested);
    connect(m_retry, &QPushButton::clicked, this, &SyncPage::retry);

    auto *settingsBox = new QGroupBox(this);
    settingsBox->setObjectName(QStringLiteral("syncSettingsBox"));
    auto *form = new QFormLayout(settingsBox);
    m_url = new QLineEdit(settingsBox);
    m_url->setObjectName(QStringLiteral("hqUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://hq.example.com"));
    m_token = new QLineEdit(settingsBox);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_interval = new QSpinBox(settingsBox);
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(5, 24 * 3600);
    m_save = new QPushButton(settingsBox);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_settingsStatus = new QLabel(settingsBox);
    m_settingsStatus->setTextFormat(Qt::PlainText);
    m_settingsStatus->setObjectName(QStringLiteral("syncSettingsStatus"));
    for (QWidget *field : std::initializer_list<QWidget *> {m_url, m_token, m_interval}) {
        auto *caption = new QLabel(settingsBox);
        caption->setTextFormat(Qt::PlainText);
        m_captions.append(caption);
        form->addRow(caption, field);
    }
    form->addRow(m_settingsStatus, m_save);
    layout->addWidget(settingsBox);
    connect(m_save, &QPushButton::clicked, this, &SyncPage::saveSettings);

    retranslate();
    reload();
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncPage::retranslate()
{
    const QStringList captions {tr("State"),        tr("Waiting to be sent"), tr("Quarantined"),
                                tr("Last success"), tr("Last error"),         tr("HQ URL"),
                                tr("Center token"), tr("Interval (seconds)")};
    for (qsizetype i = 0; i < m_captions.size() && i < captions.size(); ++i)
        m_captions[i]->setText(captions.at(i));
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Record"), tr("Version"), tr("Attempts"), tr("Error")});
    m_syncNow->setText(tr("Sync now"));
    m_retry->setText(tr("Retry quarantined"));
    m_save->setText(tr("Save settings"));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("syncSettingsBox")))
        box->setTitle(tr("Head office"));
    setState(m_state);
}

void SyncPage::setState(const sync::SyncState &state)
{
    const bool quarantineChanged = state.quarantined != m_state.quarantined;
    m_state = state;
    switch (state.phase) {
    case sync::SyncPhase::Stopped:
        m_phase->setText(tr("Not running (set the HQ URL and token)"));
        break;
    case sync::SyncPhase::Idle:
        m_phase->setText(tr("Up to date"));
        break;
    case sync::SyncPhase::Sending:
        m_phase->setText(tr("Sending"));
        break;
    case sync::SyncPhase::Waiting:
        m_phase->setText(tr("Retrying in %n s", nullptr, (state.retryInMs + 999) / 1000));
        break;
    case sync::SyncPhase::AuthFailed:
        m_phase->setText(tr("HQ refused the token: nothing is sent until the settings change"));
        break;
    case sync::SyncPhase::Refused:
        m_phase->setText(tr("Not sending: %1").arg(state.lastError));
        break;
    }
    m_pending->setText(QLocale().toString(state.pending));
    m_quarantined->setText(QLocale().toString(state.quarantined));
    m_lastSuccess->setText(state.lastSuccess.isValid() ? QLocale().toString(
                               state.lastSuccess.toLocalTime(), QLocale::ShortFormat)
                                                       : tr("never"));
    m_lastError->setText(state.lastError.isEmpty() ? tr("none") : state.lastError);
    if (quarantineChanged)
        reload();
}

void SyncPage::reload()
{
    sync::Outbox &outbox = m_outbox;
    auto rows = outbox.quarantined();
    m_table->setRowCount(0);
    if (rows) {
        m_table->setRowCount(static_cast<int>(rows->size()));
        for (int i = 0; i < rows->size(); ++i) {
            const sync::QuarantinedRecord &row = rows->at(i);
            auto *kind = new QTableWidgetItem(row.kind);
            kind->setData(Qt::UserRole, row.seq);
            m_table->setItem(i, 0, kind);
            m_table->setItem(i, 1,
                             new QTableWidgetItem(row.entity + QLatin1Char(' ') + row.entityId));
            m_table->setItem(i, 2, new QTableWidgetItem(QString::number(row.version)));
            m_table->setItem(i, 3, new QTableWidgetItem(QString::number(row.attempts)));
            m_table->setItem(i, 4, new QTableWidgetItem(row.lastError));
        }
    }
    m_retry->setEnabled(m_table->rowCount() > 0);

    sync::SyncStateStore &store = m_stateStore;
    if (auto settings = store.settings(); settings) {
        m_url->setText(settings->hqUrl.toString());
        m_token->setText(settings->token);
        m_interval->setValue(settings->intervalSeconds);
    }
}

void SyncPage::retry()
{
    qint64 seq = 0;
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (!selected.isEmpty())
        seq = m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
    emit retryRequested(seq);
}

void SyncPage::saveSettings()
{
    sync::SyncStateStore &store = m_stateStore;
    auto current = store.settings();
    if (!current) {
        m_settingsStatus->setText(current.error().message);
        return;
    }
    sync::SyncSettings settings = *current;
    settings.hqUrl = QUrl(m_url->text().trimmed());
    settings.token = m_token->text().trimmed();
    settings.intervalSeconds = m_interval->value();
    if (!settings.hqUrl.isEmpty()) {
        if (const QString problem
            = sync::Transport::urlProblem(settings.hqUrl, settings.allowHttpLan);
            !problem.isEmpty()) {
            m_settingsStatus->setText(problem);
            return;
        }
    }
    if (Status status = store.saveSettings(settings, m_clock.nowUtc()); !status) {
        m_settingsStatus->setText(status.error().message);
        return;
    }
    m_settingsStatus->setText(tr("Saved"));
    emit settingsSaved(settings);
}

} // namespace rc::ui

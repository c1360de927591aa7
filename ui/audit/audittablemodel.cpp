#include "audittablemodel.h"

#include "session.h"

#include "tickets/money.h"
#include "tickets/ticketstatus.h"

#include <QColor>
#include <QJsonObject>

namespace rc::ui {

void AuditTableModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::kindLabel(const QString &kind)
{
    static const QMap<QString, const char *> labels {
        {QStringLiteral("created"), QT_TR_NOOP("Ticket created")},
        {QStringLiteral("transition"), QT_TR_NOOP("Status change")},
        {QStringLiteral("edit"), QT_TR_NOOP("Ticket edited")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("diagnosis"), QT_TR_NOOP("Diagnosis")},
        {QStringLiteral("quote"), QT_TR_NOOP("Quote")},
        {QStringLiteral("approval"), QT_TR_NOOP("Customer's answer")},
        {QStringLiteral("payment"), QT_TR_NOOP("Payment")},
        {QStringLiteral("repair"), QT_TR_NOOP("Repair")},
        {QStringLiteral("warranty"), QT_TR_NOOP("Warranty re-evaluated")},
        {QStringLiteral("override"), QT_TR_NOOP("Warranty override")},
        {QStringLiteral("user.create"), QT_TR_NOOP("User added")},
        {QStringLiteral("user.role"), QT_TR_NOOP("Role changed")},
        {QStringLiteral("user.disable"), QT_TR_NOOP("User disabled")},
        {QStringLiteral("user.enable"), QT_TR_NOOP("User enabled")},
        {QStringLiteral("user.pin"), QT_TR_NOOP("PIN reset")},
        {QStringLiteral("user.unlock"), QT_TR_NOOP("User unlocked")},
        {QStringLiteral("price.create"), QT_TR_NOOP("Price item added")},
        {QStringLiteral("price.change"), QT_TR_NOOP("Price changed")},
        {QStringLiteral("price.edit"), QT_TR_NOOP("Price item edited")},
        {QStringLiteral("price.import"), QT_TR_NOOP("Price list imported")},
        {QStringLiteral("setting.change"), QT_TR_NOOP("Setting changed")},
        {QStringLiteral("access.refused"), QT_TR_NOOP("Refused")},
    };
    const char *label = labels.value(kind, nullptr);
    return label ? tr(label) : kind;
}

QString AuditTableModel::details(const AuditEntry &e)
{
    const QJsonObject &d = e.data;
    if (d.contains(QStringLiteral("to_status")) && e.kind != QLatin1String("created")) {
        const auto from
            = TicketLifecycle::fromId(d.value(QStringLiteral("from_status")).toString());
        const auto to = TicketLifecycle::fromId(d.value(QStringLiteral("to_status")).toString());
        if (from && to)
            return tr("%1 → %2").arg(TicketLifecycle::label(*from), TicketLifecycle::label(*to));
    }
    if (e.kind == QLatin1String("warranty") || e.kind == QLatin1String("override")) {
        auto covered = [](const QJsonValue &v) {
            const QJsonObject verdict = v.toObject();
            if (!verdict.contains(QStringLiteral("covered")))
                return tr("none");
            return verdict.value(QStringLiteral("covered")).toBool() ? tr("covered")
                                                                     : tr("not covered");
        };
        const QJsonValue before = d.contains(QStringLiteral("previous_verdict"))
                                      ? d.value(QStringLiteral("previous_verdict"))
                                      : d.value(QStringLiteral("from"));
        const QJsonValue after = d.contains(QStringLiteral("verdict"))
                                     ? d.value(QStringLiteral("verdict"))
                                     : d.value(QStringLiteral("to"));
        return tr("Verdict: %1 → %2").arg(covered(before), covered(after));
    }
    if (e.kind == QLatin1String("price.change") || e.kind == QLatin1String("price.create")) {
        auto money = [](const QJsonValue &v) {
            return Money {v.toInteger(), QStringLiteral("CNY")}.toDecimalString();
        };
        if (d.contains(QStringLiteral("from_unit_price_minor")))
            return tr("%1: %2 → %3")
                .arg(d.value(QStringLiteral("code")).toString(),
                     money(d.value(QStringLiteral("from_unit_price_minor"))),
                     money(d.value(QStringLiteral("unit_price_minor"))));
        return tr("%1: %2").arg(d.value(QStringLiteral("code")).toString(),
                                money(d.value(QStringLiteral("unit_price_minor"))));
    }
    if (e.kind == QLatin1String("price.import"))
        return tr("%1 new, %2 changed, %3 unchanged")
            .arg(d.value(QStringLiteral("added")).toInt())
            .arg(d.value(QStringLiteral("updated")).toInt())
            .arg(d.value(QStringLiteral("unchanged")).toInt());
    if (e.kind == QLatin1String("setting.change")) {
        if (!d.contains(QStringLiteral("to")))
            return tr("%1 changed (secret)").arg(d.value(QStringLiteral("key")).toString());
        return tr("%1: %2 → %3")
            .arg(d.value(QStringLiteral("key")).toString(),
                 d.value(QStringLiteral("from")).toString(),
                 d.value(QStringLiteral("to")).toString());
    }
    // Roles as the users screen names them ("Technician" / "技术员"), not by their ids.
    const auto role = [](const QJsonValue &v) {
        const auto known = roleFromId(v.toString());
        return known ? roleLabel(*known) : v.toString();
    };
    if (e.kind == QLatin1String("user.role"))
        return tr("%1 → %2").arg(role(d.value(QStringLiteral("from"))),
                                 role(d.value(QStringLiteral("to"))));
    if (e.kind == QLatin1String("access.refused"))
        return tr("%1 (%2)").arg(d.value(QStringLiteral("operation")).toString(),
                                 d.value(QStringLiteral("code")).toString());
    if (e.kind == QLatin1String("user.create"))
        return tr("%1 (%2)").arg(d.value(QStringLiteral("username")).toString(),
                                 role(d.value(QStringLiteral("role"))));
    return {};
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Who:
            return e.actor.isEmpty() ? tr("(system)") : e.actor;
        case Kind:
            return kindLabel(e.kind);
        case Subject:
            if (!e.ticketNumber.isEmpty())
                return e.ticketNumber;
            if (e.entity == QLatin1String("setting") || e.entity == QLatin1String("operation"))
                return e.entityId;
            return e.entity == QLatin1String("user") ? tr("User") : tr("Price list");
        case Reason:
            return e.note;
        case Details:
            return details(e);
        }
    }
    if (role == Qt::ForegroundRole && e.kind == QLatin1String("override"))
        return QColor(0xb0, 0x4a, 0x00);
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Kind:
        return tr("What");
    case Subject:
        return tr("Ticket / record");
    case Reason:
        return tr("Reason / note");
    case Details:
        return tr("Details");
    }
    return {};
}

} // namespace rc::ui

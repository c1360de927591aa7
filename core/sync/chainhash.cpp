#include "chainhash.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace rc::chainhash {

namespace {

QString hashOf(const QJsonArray &fields)
{
    const QByteArray canonical = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

} // namespace

QString auditHash(const QString &prevHash, const QString &id, const QString &at,
                  const QString &userId, const QString &actor, const QString &kind,
                  const QString &entity, const QString &entityId, const QString &note,
                  const QJsonValue &data)
{
    return hashOf({QLatin1String(kAuditChain), prevHash, id, at, userId, actor, kind, entity,
                   entityId, note, data});
}

QString eventHash(const QString &prevHash, const QString &id, const QString &ticketId,
                  const QString &at, const QString &userId, const QString &actor,
                  const QString &kind, const QString &from, const QString &to, const QString &note,
                  const QJsonValue &data)
{
    return hashOf({QLatin1String(kEventChain), prevHash, id, ticketId, at, userId, actor, kind,
                   from, to, note, data});
}

QJsonValue dataValue(const QString &storedText)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(storedText.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        return document.object();
    return storedText;
}

QString hashOfPayload(const QString &entity, const QJsonObject &p)
{
    const QString prev = text(p.value(QLatin1String("prev_hash")));
    const QJsonValue data = p.value(QLatin1String("data"));
    if (entity == QLatin1String(kAuditChain))
        return auditHash(
            prev, text(p.value(QLatin1String("id"))), text(p.value(QLatin1String("at"))),
            text(p.value(QLatin1String("user_id"))), text(p.value(QLatin1String("actor"))),
            text(p.value(QLatin1String("kind"))), text(p.value(QLatin1String("entity"))),
            text(p.value(QLatin1String("entity_id"))), text(p.value(QLatin1String("note"))), data);
    if (entity == QLatin1String(kEventChain))
        return eventHash(
            prev, text(p.value(QLatin1String("id"))), text(p.value(QLatin1String("ticket_id"))),
            text(p.value(QLatin1String("at"))), text(p.value(QLatin1String("user_id"))),
            text(p.value(QLatin1String("actor"))), text(p.value(QLatin1String("kind"))),
            text(p.value(QLatin1String("from"))), text(p.value(QLatin1String("to"))),
            text(p.value(QLatin1String("note"))), data);
    return {};
}

} // namespace rc::chainhash

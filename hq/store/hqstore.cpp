#include "hqstore.h"

#include "pgsession.h"
#include "sqlitesession.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace rc::hq {

Result<DatabaseSpec> parseDatabaseSpec(const QString &spec)
{
    DatabaseSpec out;
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        out.path = spec.mid(7);
        out.redacted = spec;
        if (out.path.isEmpty())
            return Error {QStringLiteral("BAD_DB"), QStringLiteral("sqlite: needs a path")};
        return out;
    }
    if (spec.startsWith(QLatin1String("postgres://"))
        || spec.startsWith(QLatin1String("postgresql://"))) {
        QUrl url(spec, QUrl::StrictMode);
        if (!url.isValid())
            return Error {
                QStringLiteral("BAD_DB"),
                QStringLiteral("the PostgreSQL URL is not valid: %1").arg(url.errorString())};
        out.postgres = true;
        out.host = url.host();
        out.port = url.port(5432);
        out.user = url.userName(QUrl::FullyDecoded);
        out.password = url.password(QUrl::FullyDecoded);
        out.database = url.path(QUrl::FullyDecoded).mid(1);
        const QUrlQuery query(url);
        if (query.hasQueryItem(QStringLiteral("host")))
            out.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (query.hasQueryItem(QStringLiteral("port"))) {
            bool ok = false;
            out.port = query.queryItemValue(QStringLiteral("port")).toInt(&ok);
            if (!ok || out.port <= 0 || out.port > 65535)
                return Error {QStringLiteral("BAD_DB"),
                              QStringLiteral("the PostgreSQL URL has a bad port")};
        }
        if (out.database.isEmpty())
            return Error {QStringLiteral("BAD_DB"),
                          QStringLiteral("the PostgreSQL URL needs a database name")};
        if (!out.password.isEmpty())
            url.setPassword(QStringLiteral("***"));
        out.redacted = url.toString();
        return out;
    }
    return Error {QStringLiteral("BAD_DB"), QStringLiteral("the database must be sqlite:PATH or "
                                                           "postgres://USER@HOST:PORT/DB")};
}

Result<QString> StoreSession::addToken(const QString &center)
{
    auto tokens = addTokens({center});
    if (!tokens)
        return tokens.error();
    return tokens->value(0);
}

Result<std::unique_ptr<StoreSession>> openSession(const QString &specText,
                                                  const StoreOptions &options)
{
    auto spec = parseDatabaseSpec(specText);
    if (!spec)
        return spec.error();
    if (spec->postgres)
        return std::unique_ptr<StoreSession>(new PgSession(*spec, options));
    return std::unique_ptr<StoreSession>(new SqliteSession(*spec, options));
}

QString makeToken()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / 4);
    return QStringLiteral("rc_")
           + QString::fromLatin1(
               random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenSha256Hex(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool isCenterCode(const QString &center)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    return re.match(center).hasMatch();
}

bool isTokenId(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{8,64}$"));
    return re.match(text).hasMatch();
}

} // namespace rc::hq

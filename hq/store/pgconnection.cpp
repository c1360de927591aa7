#include "pgconnection.h"

#include "hqstore.h"

#include <libpq-fe.h>

#include <QtEndian>

namespace rc::hq::pg {

void ResultDeleter::operator()(pg_result *result) const
{
    PQclear(result);
}

void Params::text(const QByteArray &value)
{
    m_values.push_back(value);
    m_formats.push_back(0);
    m_lengths.push_back(static_cast<int>(value.size()));
    m_pointers.clear();
    for (const QByteArray &v : m_values)
        m_pointers.push_back(v.constData());
}

void Params::binary(const QByteArray &value)
{
    text(value);
    m_formats.back() = 1;
}

namespace {

void appendInt32(QByteArray &out, qint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

void BinaryArray::add(const QByteArray &text)
{
    const bool jsonb = m_type == Type::Jsonb;
    appendInt32(m_elements, static_cast<qint32>(text.size() + (jsonb ? 1 : 0)));
    if (jsonb)
        m_elements.append('\x01'); // jsonb's binary format: a version byte, then the text
    m_elements.append(text);
    ++m_count;
}

void BinaryArray::add(qint64 value)
{
    appendInt32(m_elements, 8);
    char bytes[8];
    qToBigEndian(value, bytes);
    m_elements.append(bytes, 8);
    ++m_count;
}

void BinaryArray::add(bool value)
{
    appendInt32(m_elements, 1);
    m_elements.append(value ? '\x01' : '\x00');
    ++m_count;
}

QByteArray BinaryArray::bytes() const
{
    QByteArray out;
    out.reserve(m_elements.size() + 20);
    appendInt32(out, m_count == 0 ? 0 : 1); // dimensions
    appendInt32(out, 0); // no NULLs
    appendInt32(out, static_cast<qint32>(m_type));
    if (m_count > 0) {
        appendInt32(out, m_count);
        appendInt32(out, 1); // lower bound
    }
    out.append(m_elements);
    return out;
}

Connection::~Connection()
{
    close();
}

Status Connection::open(const std::vector<std::pair<QByteArray, QByteArray>> &parameters)
{
    close();
    std::vector<const char *> keys;
    std::vector<const char *> values;
    for (const auto &[key, value] : parameters) {
        keys.push_back(key.constData());
        values.push_back(value.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 0);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        close();
        return Error {QString::fromLatin1(kDbUnavailable), message};
    }
    return {};
}

void Connection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_prepared.clear();
}

bool Connection::isOpen() const
{
    return m_conn != nullptr;
}

Result<ResultPtr> Connection::check(pg_result *raw, const QByteArray &what)
{
    ResultPtr result(raw);
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        m_lastState.clear();
        return result;
    }
    m_lastState = result ? QString::fromLatin1(PQresultErrorField(result.get(), PG_DIAG_SQLSTATE))
                         : QString();
    const QString message
        = QString::fromUtf8(result ? PQresultErrorMessage(result.get()) : PQerrorMessage(m_conn))
              .trimmed();
    if (PQstatus(m_conn) != CONNECTION_OK) {
        close();
        return Error {
            QString::fromLatin1(kDbUnavailable),
            QStringLiteral("%1: connection lost: %2").arg(QString::fromLatin1(what), message)};
    }
    return Error {
        QString::fromLatin1(kDbError),
        QStringLiteral("%1 failed (%2): %3").arg(QString::fromLatin1(what), m_lastState, message)};
}

Result<ResultPtr> Connection::exec(const QByteArray &sql)
{
    if (!m_conn)
        return Error {QString::fromLatin1(kDbUnavailable), QStringLiteral("not connected")};
    return check(PQexec(m_conn, sql.constData()), sql.left(60));
}

Result<ResultPtr> Connection::exec(const QByteArray &sql, const Params &params)
{
    if (!m_conn)
        return Error {QString::fromLatin1(kDbUnavailable), QStringLiteral("not connected")};
    return check(PQexecParams(m_conn, sql.constData(), params.size(), nullptr, params.values(),
                              params.lengths(), params.formats(), 0),
                 sql.left(60));
}

Result<ResultPtr> Connection::execPrepared(const QByteArray &name, const QByteArray &sql,
                                           const Params &params)
{
    if (!m_conn)
        return Error {QString::fromLatin1(kDbUnavailable), QStringLiteral("not connected")};
    if (!m_prepared.contains(name)) {
        auto prepared
            = check(PQprepare(m_conn, name.constData(), sql.constData(), params.size(), nullptr),
                    "preparing " + name);
        if (!prepared)
            return prepared.error();
        m_prepared.insert(name);
    }
    return check(PQexecPrepared(m_conn, name.constData(), params.size(), params.values(),
                                params.lengths(), params.formats(), 0),
                 name);
}

Status Connection::run(const QByteArray &sql)
{
    auto result = exec(sql);
    if (!result)
        return result.error();
    return {};
}

QByteArray Connection::value(const ResultPtr &result, int row, int column)
{
    return QByteArray(PQgetvalue(result.get(), row, column),
                      PQgetlength(result.get(), row, column));
}

bool Connection::isNull(const ResultPtr &result, int row, int column)
{
    return PQgetisnull(result.get(), row, column) != 0;
}

int Connection::rows(const ResultPtr &result)
{
    return PQntuples(result.get());
}

qint64 Connection::affected(const ResultPtr &result)
{
    return QByteArray(PQcmdTuples(result.get())).toLongLong();
}

} // namespace rc::hq::pg

#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

struct pg_conn;
struct pg_result;

// A thin owner of one libpq connection: simple and prepared statements with text or binary
// parameters, results freed on scope exit, and the difference between "the statement
// failed" and "the connection is gone" (after which the owner reconnects).
namespace rc::hq::pg {

struct ResultDeleter
{
    void operator()(pg_result *result) const;
};
using ResultPtr = std::unique_ptr<pg_result, ResultDeleter>;

// Parameters of one statement; binary ones carry their own format flag.
class Params
{
public:
    void text(const QByteArray &value);
    void binary(const QByteArray &value);
    int size() const { return static_cast<int>(m_values.size()); }
    const char *const *values() const { return m_pointers.data(); }
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    std::vector<QByteArray> m_values;
    std::vector<const char *> m_pointers;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
};

// A one-dimensional array in PostgreSQL's binary format (array_recv), for passing a batch
// as a handful of array parameters: no quoting, no parsing of a text literal.
class BinaryArray
{
public:
    enum class Type : quint32 { Bool = 16, Int8 = 20, Text = 25, Jsonb = 3802 };
    explicit BinaryArray(Type type)
        : m_type(type)
    {
    }
    void reserve(qsizetype bytes) { m_elements.reserve(bytes); }
    void add(const QByteArray &text); // text or jsonb
    void add(qint64 value); // int8
    void add(bool value); // bool
    QByteArray bytes() const;

private:
    Type m_type;
    int m_count = 0;
    QByteArray m_elements;
};

class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // keywords/values as for PQconnectdbParams.
    Status open(const std::vector<std::pair<QByteArray, QByteArray>> &parameters);
    void close();
    bool isOpen() const;

    // Statements; errors are DB_UNAVAILABLE when the connection is lost (and then closed),
    // DB_ERROR otherwise, with the server's message and SQLSTATE for the log.
    Result<ResultPtr> exec(const QByteArray &sql);
    Result<ResultPtr> exec(const QByteArray &sql, const Params &params);
    // Prepares name once per connection, then executes it.
    Result<ResultPtr> execPrepared(const QByteArray &name, const QByteArray &sql,
                                   const Params &params);
    Status run(const QByteArray &sql); // exec, result dropped
    QString sqlState() const { return m_lastState; }

    static QByteArray value(const ResultPtr &result, int row, int column);
    static bool isNull(const ResultPtr &result, int row, int column);
    static int rows(const ResultPtr &result);
    static qint64 affected(const ResultPtr &result); // rows a command changed

private:
    Result<ResultPtr> check(pg_result *result, const QByteArray &what);

    pg_conn *m_conn = nullptr;
    QSet<QByteArray> m_prepared;
    QString m_lastState;
};

} // namespace rc::hq::pg

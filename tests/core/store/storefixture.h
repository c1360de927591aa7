#pragma once

// A fresh store in a temporary folder with a fixed clock, for repository tests.

#include "common/clock.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rc::test {

struct StoreFixture
{
    QTemporaryDir dir;
    FixedClock clock {QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> db;

    bool open()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        db = std::move(opened).value();
        return true;
    }

    // One integer from a query, -1 on error.
    qint64 count(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery query(db->connection());
        query.prepare(statement);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
};

} // namespace rc::test

#include "records.h"

#include "store/database.h"

#include <QSqlQuery>

namespace rc::workflow {

Records::Records(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<TicketDossier> Records::dossier(const QString &ticketId) const
{
    return TicketDossier::load(m_db, m_clock, ticketId);
}

Result<TicketDossier> Records::dossierByNumber(const QString &number) const
{
    return TicketDossier::loadByNumber(m_db, m_clock, number);
}

Result<RemedyFigures> Records::remedies(const QDate &from, const QDate &to) const
{
    return RemedyReport::remedies(m_db, from, to);
}

Result<RefundFigures> Records::refunds(const QDate &from, const QDate &to) const
{
    return RemedyReport::refunds(m_db, from, to);
}

Result<KpiFigures> Records::figures(const QDate &from, const QDate &to,
                                    int repairWarrantyDays) const
{
    return KpiReport::compute(m_db, from, to, repairWarrantyDays);
}

Result<KpiFigures> Records::figuresApart(const QDate &from, const QDate &to,
                                         int repairWarrantyDays) const
{
    Database::Options options;
    options.createIfMissing = false;
    options.migrate = false;
    auto db = Database::open(m_db.path(), options);
    if (!db)
        return db.error();
    return KpiReport::compute(**db, from, to, repairWarrantyDays);
}

QString Records::storePath() const
{
    return m_db.path();
}

QString Records::sqliteVersion() const
{
    QSqlQuery query(m_db.connection());
    if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        return query.value(0).toString();
    return QString();
}

} // namespace rc::workflow

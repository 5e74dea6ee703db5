#include "ProductPages.h"

#include <QSqlQuery>
#include <QVariant>

namespace tidings {
namespace {

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

ProductPageState ProductPages::page(qint64 feedId, int page)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
            u"SELECT url, etag, last_modified, body_hash, next_url FROM feed_pages WHERE feed_id = ? AND page = ?"_qs);
    q.addBindValue(feedId);
    q.addBindValue(page);
    ProductPageState s;
    if (q.exec() && q.next()) {
        s.url = q.value(0).toString();
        s.etag = q.value(1).toString();
        s.lastModified = q.value(2).toString();
        s.bodyHash = q.value(3).toByteArray();
        s.nextUrl = q.value(4).toString();
        s.stored = true;
    }
    return s;
}

bool ProductPages::save(qint64 feedId, int page, const ProductPageState &state)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO feed_pages (feed_id, page, url, etag, last_modified, body_hash, next_url) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed_id, page) DO UPDATE SET url = excluded.url, "
              "etag = excluded.etag, last_modified = excluded.last_modified, body_hash = excluded.body_hash, "
              "next_url = excluded.next_url"_qs);
    q.addBindValue(feedId);
    q.addBindValue(page);
    q.addBindValue(state.url);
    q.addBindValue(orNull(state.etag));
    q.addBindValue(orNull(state.lastModified));
    q.addBindValue(state.bodyHash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(state.bodyHash));
    q.addBindValue(orNull(state.nextUrl));
    return q.exec();
}

bool ProductPages::forgetAfter(qint64 feedId, int lastPage)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM feed_pages WHERE feed_id = ? AND page > ?"_qs);
    q.addBindValue(feedId);
    q.addBindValue(lastPage);
    return q.exec();
}

QString ProductPages::currency(qint64 feedId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT currency FROM feeds WHERE id = ?"_qs);
    q.addBindValue(feedId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool ProductPages::setCurrency(qint64 feedId, const QString &currency)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE feeds SET currency = ? WHERE id = ?"_qs);
    q.addBindValue(currency);
    q.addBindValue(feedId);
    return q.exec();
}

} // namespace tidings

#pragma once

#include "storage/Store.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace tidings::test {

// A WordPress site with one article (post postId) stored as a refresh would store it: what the
// outbox tests post comments under. Returns the article's id, -1 on error.
inline qint64 addWordPressArticle(Store &store, const QString &home, const QString &restRoot, int postId,
                                  const QString &siteName = u"Test site"_qs)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto exec = [&store](const QString &sql, const QVariantList &values) -> qint64 {
        QSqlQuery q(store.database().connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() ? q.lastInsertId().toLongLong() : -1;
    };
    const qint64 site = exec(u"INSERT INTO sites (name, home_url, rest_api_url, created_at) VALUES (?, ?, ?, ?)"_qs,
                             QVariantList{siteName, home, restRoot.isEmpty() ? QVariant() : QVariant(restRoot), now});
    const qint64 feed = exec(u"INSERT INTO feeds (site_id, kind, url) VALUES (?, 'articles', ?)"_qs,
                             QVariantList{site, QString(home + u"feed/"_qs)});
    const QString guid = home + u"?p=%1"_qs.arg(postId);
    return exec(u"INSERT INTO articles (feed_id, item_key, guid, link, title, published_at, content_hash, fetched_at) "
                u"VALUES (?, ?, ?, ?, ?, ?, x'00', ?)"_qs,
                QVariantList{feed, QString(u"g:"_qs + guid), guid, QString(home + u"post-%1/"_qs.arg(postId)),
                             u"Post %1"_qs.arg(postId), now, now});
}

} // namespace tidings::test

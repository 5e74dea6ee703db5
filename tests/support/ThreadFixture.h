#pragma once

#include "OutboxFixture.h"
#include "parse/FeedTypes.h"
#include "storage/Store.h"

#include <QDateTime>

namespace tidings::test {

// A comment as a thread refresh stores it: id, parent id (empty for top level), author and HTML.
inline ParsedComment threadComment(const QString &id, const QString &parent, const QString &author, const QString &html,
                                   qint64 published)
{
    ParsedComment c;
    c.id = id;
    c.parentId = parent;
    c.author.name = author;
    c.contentHtml = html;
    c.link = u"https://blog.example/?p=12#comment-"_qs + id;
    c.published = QDateTime::fromSecsSinceEpoch(published, Qt::UTC);
    return c;
}

// Stores comments under an article as a refresh at time now would. False on error.
inline bool storeThread(Store &store, qint64 articleId, const QList<ParsedComment> &comments, qint64 now = 1)
{
    ImportCounts counts;
    return store.upsertComments(articleId, comments, now, counts);
}

} // namespace tidings::test

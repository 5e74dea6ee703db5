#pragma once

#include "parse/FeedTypes.h"

#include <QByteArray>

namespace tidings {

// An article as the store writes it: everything computed that can be computed away from the
// storage thread (plain text for search, the identity key, the change hash), with text already in
// UTF-8, the form SQLite stores, so the storage thread only binds bytes.
struct ArticleRecord
{
    QByteArray itemKey; // how a later import of the same feed finds this row again
    QByteArray guid;
    QByteArray link;
    QByteArray title;
    QByteArray author;
    qint64 publishedAt = 0; // 0: unknown
    qint64 updatedAt = 0;
    QByteArray summaryHtml;
    QByteArray contentHtml;
    QByteArray bodyText;
    QByteArray imageUrl;
    QByteArray categories;
    QByteArray enclosuresJson;
    QByteArray commentsUrl;
    QByteArray commentFeedUrl;
    int commentCount = -1;
    QByteArray contentHash;
};

// Identity by guid, else link, else a hash of the content: the order the issue and every reader
// that keeps read marks across refreshes use.
[[nodiscard]] QByteArray itemKeyFor(const ParsedArticle &article, const QByteArray &contentHash);

[[nodiscard]] ArticleRecord toRecord(const ParsedArticle &article);

} // namespace tidings

#pragma once

#include "parse/FeedTypes.h"

#include <QByteArray>

namespace tidings {

// An article as the store writes it: everything computed that can be computed away from the
// storage thread (plain text for search, the identity key, the change hash).
struct ArticleRecord
{
    QString itemKey; // how a later import of the same feed finds this row again
    QString guid;
    QString link;
    QString title;
    QString author;
    qint64 publishedAt = 0; // 0: unknown
    qint64 updatedAt = 0;
    QString summaryHtml;
    QString contentHtml;
    QString bodyText;
    QString imageUrl;
    QString categories;
    QString enclosuresJson;
    QString commentsUrl;
    QString commentFeedUrl;
    int commentCount = -1;
    QByteArray contentHash;
};

// Identity by guid, else link, else a hash of the content: the order the issue and every reader
// that keeps read marks across refreshes use.
[[nodiscard]] QString itemKeyFor(const ParsedArticle &article, const QByteArray &contentHash);

[[nodiscard]] ArticleRecord toRecord(const ParsedArticle &article);

} // namespace tidings

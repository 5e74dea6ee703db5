#include "ArticleKey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidings {
namespace {

void addField(QCryptographicHash &hash, const QByteArray &field)
{
    // Lengths keep ("ab", "c") and ("a", "bc") apart.
    const qint64 size = field.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(field);
}

// Empty stays null (the column is NULL); anything else becomes UTF-8.
QByteArray utf8(const QString &s)
{
    return s.isEmpty() ? QByteArray() : s.toUtf8();
}

} // namespace

QByteArray itemKeyFor(const ParsedArticle &article, const QByteArray &contentHash)
{
    if (!article.id.isEmpty())
        return "g:" + article.id.toUtf8();
    if (!article.link.isEmpty())
        return "l:" + article.link.toUtf8();
    return "h:" + contentHash.toHex();
}

ArticleRecord toRecord(const ParsedArticle &a)
{
    ArticleRecord r;
    r.guid = utf8(a.id);
    r.link = utf8(a.link);
    r.title = a.title.plain().toUtf8();
    if (!a.authors.isEmpty())
        r.author = utf8(a.authors.first().displayName());
    r.publishedAt = a.published.isValid() ? a.published.toSecsSinceEpoch()
                                          : (a.updated.isValid() ? a.updated.toSecsSinceEpoch() : 0);
    r.updatedAt = a.updated.isValid() ? a.updated.toSecsSinceEpoch() : 0;
    // Plain-text summaries are escaped once here so the reader can always treat these as HTML.
    auto asHtml = [](const Text &t) {
        return utf8(t.html ? t.value : t.value.toHtmlEscaped());
    };
    r.summaryHtml = asHtml(a.summary);
    const Text &body = a.body();
    const bool hasContent = &body != &a.summary;
    if (hasContent)
        r.contentHtml = asHtml(body);
    const QString summaryText = a.summary.plain();
    const QString contentText = hasContent ? body.plain() : QString();
    // The summary is usually the start of the content; indexing both would double-count its words.
    r.bodyText = (contentText.isEmpty()                                  ? summaryText
                          : contentText.startsWith(summaryText.left(64)) ? contentText
                                                                         : summaryText + u'\n' + contentText)
                         .toUtf8();
    r.imageUrl = utf8(a.imageUrl);
    r.categories = utf8(a.categories.join(u'\n'));
    if (!a.enclosures.isEmpty()) {
        QJsonArray list;
        for (const Enclosure &e : a.enclosures)
            list.append(QJsonObject{{u"url"_qs, e.url}, {u"type"_qs, e.type}, {u"length"_qs, e.length}});
        r.enclosuresJson = QJsonDocument(list).toJson(QJsonDocument::Compact);
    }
    r.commentsUrl = utf8(a.commentsUrl);
    r.commentFeedUrl = utf8(a.commentFeedUrl);
    r.commentCount = a.commentCount;

    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QByteArray *field : {&r.guid, &r.link, &r.title, &r.author, &r.summaryHtml, &r.contentHtml, &r.imageUrl,
                                    &r.categories, &r.enclosuresJson, &r.commentFeedUrl})
        addField(hash, *field);
    const qint64 numbers[] = {r.publishedAt, r.updatedAt, r.commentCount};
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(numbers), sizeof numbers));
    r.contentHash = hash.result();
    r.itemKey = itemKeyFor(a, r.contentHash);
    return r;
}

} // namespace tidings

#include "ArticleKey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidings {
namespace {

void addField(QCryptographicHash &hash, const QString &field)
{
    // Lengths keep ("ab", "c") and ("a", "bc") apart.
    const qint64 size = field.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(
            QByteArrayView(reinterpret_cast<const char *>(field.constData()), field.size() * qsizetype(sizeof(QChar))));
}

} // namespace

QString itemKeyFor(const ParsedArticle &article, const QByteArray &contentHash)
{
    if (!article.id.isEmpty())
        return u"g:"_qs + article.id;
    if (!article.link.isEmpty())
        return u"l:"_qs + article.link;
    return u"h:"_qs + QString::fromLatin1(contentHash.toHex());
}

ArticleRecord toRecord(const ParsedArticle &a)
{
    ArticleRecord r;
    r.guid = a.id;
    r.link = a.link;
    r.title = a.title.plain();
    if (!a.authors.isEmpty())
        r.author = a.authors.first().displayName();
    r.publishedAt = a.published.isValid() ? a.published.toSecsSinceEpoch()
                                          : (a.updated.isValid() ? a.updated.toSecsSinceEpoch() : 0);
    r.updatedAt = a.updated.isValid() ? a.updated.toSecsSinceEpoch() : 0;
    // Plain-text summaries are escaped once here so the reader can always treat these as HTML.
    auto asHtml = [](const Text &t) {
        return t.html ? t.value : t.value.toHtmlEscaped();
    };
    r.summaryHtml = asHtml(a.summary);
    const Text &body = a.body();
    if (&body != &a.summary)
        r.contentHtml = asHtml(body);
    const QString summaryText = a.summary.plain();
    const QString contentText = r.contentHtml.isEmpty() ? QString() : body.plain();
    // The summary is usually the start of the content; indexing both would double-count its words.
    r.bodyText = contentText.isEmpty()                     ? summaryText
            : contentText.startsWith(summaryText.left(64)) ? contentText
                                                           : summaryText + u'\n' + contentText;
    r.imageUrl = a.imageUrl;
    r.categories = a.categories.join(u'\n');
    if (!a.enclosures.isEmpty()) {
        QJsonArray list;
        for (const Enclosure &e : a.enclosures)
            list.append(QJsonObject{{u"url"_qs, e.url}, {u"type"_qs, e.type}, {u"length"_qs, e.length}});
        r.enclosuresJson = QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    }
    r.commentsUrl = a.commentsUrl;
    r.commentFeedUrl = a.commentFeedUrl;
    r.commentCount = a.commentCount;

    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString *field : {&r.guid, &r.link, &r.title, &r.author, &r.summaryHtml, &r.contentHtml, &r.imageUrl,
                                 &r.categories, &r.enclosuresJson, &r.commentFeedUrl})
        addField(hash, *field);
    const qint64 numbers[] = {r.publishedAt, r.updatedAt, r.commentCount};
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(numbers), sizeof numbers));
    r.contentHash = hash.result();
    r.itemKey = itemKeyFor(a, r.contentHash);
    return r;
}

} // namespace tidings

#include "WordPress.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace tidings::wordpress {

QUrl restUrl(const QString &root, const QString &route, const QString &query)
{
    QUrl base(root);
    QUrlQuery baseQuery(base);
    if (baseQuery.hasQueryItem(u"rest_route"_qs)) {
        QString prefix = baseQuery.queryItemValue(u"rest_route"_qs, QUrl::FullyDecoded);
        if (!prefix.endsWith(u'/'))
            prefix += u'/';
        baseQuery.removeAllQueryItems(u"rest_route"_qs);
        QUrlQuery full(baseQuery);
        full.addQueryItem(u"rest_route"_qs, prefix + route);
        for (const auto &[key, value] : QUrlQuery(query).queryItems(QUrl::FullyDecoded))
            full.addQueryItem(key, value);
        base.setQuery(full);
        return base;
    }
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    QUrl url = base.resolved(QUrl(route));
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString postIdFrom(const QString &guidOrLink)
{
    static const QRegularExpression postId(QStringLiteral(R"([?&]p=(\d+)(?:$|[&#]))"));
    const auto m = postId.match(guidOrLink);
    return m.hasMatch() ? m.captured(1) : QString();
}

CommentForm scanCommentForm(const QString &html, const QUrl &page)
{
    CommentForm form;
    // WordPress prints <form action=".../wp-comments-post.php" method="post" id="commentform" ...>
    // and a hidden input comment_post_ID; themes reorder attributes, so each is looked for alone.
    static const QRegularExpression formTag(QStringLiteral(R"(<form\b[^>]*>)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression action(QStringLiteral(R"re(\baction\s*=\s*["']([^"']*)["'])re"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (auto it = formTag.globalMatch(html); it.hasNext();) {
        const QString tag = it.next().captured(0);
        const auto a = action.match(tag);
        if (a.hasMatch() && a.captured(1).contains(u"wp-comments-post.php")) {
            form.found = true;
            form.action = page.resolved(QUrl(a.captured(1).replace(u"&amp;"_qs, u"&"_qs)));
            break;
        }
    }
    static const QRegularExpression input(QStringLiteral(R"(<input\b[^>]*\bcomment_post_ID\b[^>]*>)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression value(QStringLiteral(R"re(\bvalue\s*=\s*["']?(\d+))re"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto i = input.match(html);
    if (i.hasMatch()) {
        const auto v = value.match(i.captured(0));
        if (v.hasMatch())
            form.postId = v.captured(1);
    }
    return form;
}

} // namespace tidings::wordpress

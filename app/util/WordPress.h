#pragma once

#include <QString>
#include <QUrl>

// What WordPress addresses look like, in one place.
namespace tidings::wordpress {

// An endpoint under a site's REST root: "wp/v2/comments" with "post=12&per_page=100" under
// "https://site/wp-json/" is "https://site/wp-json/wp/v2/comments?post=12&per_page=100". Sites with
// plain permalinks announce a root such as "https://site/?rest_route=/"; the route then goes into
// that parameter and the query after it.
[[nodiscard]] QUrl restUrl(const QString &root, const QString &route, const QString &query = {});

// The post id a WordPress article names in its guid or link ("https://site/?p=123"); empty when none.
[[nodiscard]] QString postIdFrom(const QString &guidOrLink);

// What an article's page says about its comment form.
struct CommentForm
{
    bool found = false; // the page has WordPress's comment form
    QString postId; // comment_post_ID
    QUrl action; // where the form posts, resolved against the page
};
[[nodiscard]] CommentForm scanCommentForm(const QString &html, const QUrl &page);

} // namespace tidings::wordpress

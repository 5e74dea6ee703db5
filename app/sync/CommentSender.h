#pragma once

#include "storage/Outbox.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace tidings {

// What a server's answer to a posted comment means for the outbox.
struct PostOutcome
{
    enum class Kind {
        Posted, // the server took it (held says whether for moderation)
        AlreadyThere, // "duplicate": the server has these words from this author under this post
        RetryLater, // a temporary failure: try again (retryAfterSeconds when the server said when)
        Failed, // refused for good; reason says why
        WrongRoute, // this site does not take comments this way: try the other one
    };
    Kind kind = Kind::Failed;
    QString remoteId; // the server's comment number, where it said it
    QString remoteLink;
    bool held = true; // awaiting moderation
    int retryAfterSeconds = -1;
    QString reason; // in words a user understands: the server's own where it gave one
    bool closed = false; // the article takes no comments (closed, or too old)
};

// How WordPress answers, as observed (../shared/docs/protocols.md). Pure functions, so every
// answer is tested without a server.
//
// A "duplicate" answer always means the comment is there. WordPress refuses the same words from
// the same author under the same post, held comments included, so the server has this comment; and
// no request can be known to be a first try: after a dropped connection Qt sends a POST again by
// itself, so an answer lost on the way is followed by a duplicate within the same try. A comment
// the user really writes twice is refused before it is queued (Outbox::queue).
[[nodiscard]] PostOutcome interpretRestAnswer(int status, const QByteArray &body, int retryAfterSeconds);
[[nodiscard]] PostOutcome interpretFormAnswer(int status, const QUrl &location, const QByteArray &body,
                                              int retryAfterSeconds);

// Posts one comment to its WordPress site: through the REST API (POST wp/v2/comments) or the
// classic form (wp-comments-post.php), whichever the item's site takes; finds the post id on the
// article's page when the article does not name it. Lives on the thread of the network manager.
class CommentSender : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 30000;
        qint64 maxAnswerBytes = qint64{1} << 20; // an answer is a page or a small JSON document
    };

    CommentSender(QNetworkAccessManager *network, Options options, QObject *parent = nullptr);

    // Sends item by route ("rest" or "form"); finished() reports the outcome.
    void post(const OutboxItem &item, const QString &route);
    // Looks at the article's page: does it take comments? checked() reports it.
    void check(qint64 articleId, const QUrl &articlePage);

    // The route to try first: what the site is known to take, else REST where it has the API.
    [[nodiscard]] static QString firstRoute(const OutboxItem &item);

signals:
    void finished(qint64 outboxId, const tidings::PostOutcome &outcome, const QString &route);
    // open is false with a note when the page has no comment form; error is set when the page could
    // not be read (then nothing is known).
    void checked(qint64 articleId, bool open, const QString &note, const QString &error);

private:
    void postWith(const OutboxItem &item, const QString &route, const QString &postId, const QUrl &formAction);
    QNetworkReply *send(const QNetworkRequest &request, const QByteArray &body);
    QNetworkReply *get(const QUrl &url);
    void finish(qint64 outboxId, const QString &route, const PostOutcome &outcome);

    QNetworkAccessManager *m_network;
    Options m_options;
};

} // namespace tidings

Q_DECLARE_METATYPE(tidings::PostOutcome)

#pragma once

#include "TestHttpServer.h"

#include <QList>
#include <QSet>
#include <QString>

namespace tidings::test {

// A loopback server that answers comments as WordPress 6.1 does (statuses, bodies and headers as
// observed, ../shared/docs/protocols.md): POST /wp-json/wp/v2/comments, POST /wp-comments-post.php,
// and GET /wp-json/wp/v2/comments?post=N for reading threads back. It keeps the comments it took so
// a test can assert on what the server holds, and injects faults into the next posts.
class FakeWordPress
{
public:
    struct Comment
    {
        int id = 0;
        int post = 0;
        int parent = 0;
        QString author;
        QString email;
        QString content;
        bool approved = false;
    };

    enum class Fault {
        None,
        DropBeforeStoring, // read the request, close the connection, keep nothing
        DropAfterStoring, // take the comment, then close the connection without an answer
        ServerError, // 500, nothing kept
        TooManyRequests, // 429 with Retry-After, nothing kept
        Hang, // answer nothing for a long time
    };

    FakeWordPress();

    [[nodiscard]] bool listen() { return m_server.listen(); }
    [[nodiscard]] QUrl url(const QString &path) const { return m_server.url(path); }
    [[nodiscard]] QString restRoot() const { return url(u"/wp-json/"_qs).toString(); }
    TestHttpServer &http() { return m_server; }

    // Settings of the site.
    bool restEnabled = true; // anonymous REST comments (off by default in WordPress)
    bool holdForModeration = true; // first-time authors are held
    int floodSeconds = 0; // WordPress refuses a second comment from an address within ~15 s
    QSet<int> closedPosts;
    int hangMs = 60000;
    int answerDelayMs = 0; // a real WordPress takes tens of milliseconds to take a comment
    int retryAfterSeconds = 120;

    // The next posts meet these faults, one each, in order.
    QList<Fault> faults;

    [[nodiscard]] const QList<Comment> &comments() const { return m_comments; }
    [[nodiscard]] int count(const QString &content) const;
    // Approves every held comment, as a moderator would.
    void approveAll();
    // Adds a comment as if someone else had written it on the site.
    int addComment(int post, int parent, const QString &author, const QString &content);

    // Posts that reached the server, successful or not (each route separately).
    [[nodiscard]] int restPosts() const { return int(m_server.requestsFor("/wp-json/wp/v2/comments").size()); }
    [[nodiscard]] int formPosts() const { return int(m_server.requestsFor("/wp-comments-post.php").size()); }

private:
    struct Submission
    {
        int post = 0;
        int parent = 0;
        QString author;
        QString email;
        QString content;
    };
    enum class Verdict { Taken, Duplicate, Flood, Closed, MissingFields, NoSuchPost };
    Verdict take(const Submission &s, Comment &stored);
    TestResponse answerRest(const RecordedRequest &request);
    TestResponse answerForm(const RecordedRequest &request);
    TestResponse readThread(const RecordedRequest &request) const;
    // Applies the next fault, if any; returns true when it decides the answer alone.
    bool fault(TestResponse &response, bool &storeAnyway);

    TestHttpServer m_server;
    QList<Comment> m_comments;
    int m_nextId = 100;
    qint64 m_lastPostAt = 0;
    QString m_lastEmail;
};

} // namespace tidings::test

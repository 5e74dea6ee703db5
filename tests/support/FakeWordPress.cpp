#include "FakeWordPress.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace tidings::test {
namespace {

TestResponse json(int status, const QByteArray &reason, const QJsonObject &body)
{
    TestResponse r;
    r.status = status;
    r.reason = reason;
    r.headers = {{"Content-Type", "application/json; charset=UTF-8"}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

TestResponse restError(int status, const QByteArray &reason, const QString &code, const QString &message)
{
    return json(status, reason,
                {{u"code"_qs, code}, {u"message"_qs, message}, {u"data"_qs, QJsonObject{{u"status"_qs, status}}}});
}

// wp_die's page, as the form answers its errors.
TestResponse diePage(int status, const QByteArray &reason, const QString &message)
{
    TestResponse r;
    r.status = status;
    r.reason = reason;
    r.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    r.body = "<!DOCTYPE html><html><head><title>Comment Submission Failure</title></head>"
             "<body id=\"error-page\"><div class=\"wp-die-message\"><p><strong>Error:</strong> "
            + message.toUtf8() + "</p></div><p><a href='javascript:history.back()'>&laquo; Back</a></p></body></html>";
    return r;
}

QJsonObject rendered(const QString &text)
{
    QJsonObject o;
    o.insert(u"rendered"_qs, QJsonValue(u"<p>"_qs + text.toHtmlEscaped() + u"</p>\n"_qs));
    return o;
}

} // namespace

FakeWordPress::FakeWordPress()
{
    m_server.route("/wp-json/wp/v2/comments", [this](const RecordedRequest &request) {
        if (request.method != "POST")
            return readThread(request);
        TestResponse r = answerRest(request);
        r.delayMs = qMax(r.delayMs, answerDelayMs);
        return r;
    });
    m_server.route("/wp-comments-post.php", [this](const RecordedRequest &request) {
        TestResponse r = answerForm(request);
        r.delayMs = qMax(r.delayMs, answerDelayMs);
        return r;
    });
}

int FakeWordPress::count(const QString &content) const
{
    return int(std::count_if(m_comments.cbegin(), m_comments.cend(),
                             [&](const Comment &c) { return c.content == content; }));
}

void FakeWordPress::approveAll()
{
    for (Comment &c : m_comments)
        c.approved = true;
}

int FakeWordPress::addComment(int post, int parent, const QString &author, const QString &content)
{
    m_comments.append({m_nextId, post, parent, author, u"someone@example.org"_qs, content, true});
    return m_nextId++;
}

bool FakeWordPress::fault(TestResponse &response, bool &storeAnyway)
{
    storeAnyway = false;
    const Fault f = faults.isEmpty() ? Fault::None : faults.takeFirst();
    switch (f) {
    case Fault::None:
        return false;
    case Fault::DropAfterStoring:
        storeAnyway = true;
        response.dropConnection = true;
        return true;
    case Fault::DropBeforeStoring:
        response.dropConnection = true;
        return true;
    case Fault::ServerError:
        response = diePage(500, "Internal Server Error", u"There has been a critical error on this website."_qs);
        return true;
    case Fault::TooManyRequests:
        response = diePage(429, "Too Many Requests", u"You are posting comments too quickly. Slow down."_qs);
        response.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
        return true;
    case Fault::Hang:
        response.status = 500;
        response.delayMs = hangMs;
        return true;
    }
    return false;
}

FakeWordPress::Verdict FakeWordPress::take(const Submission &s, Comment &stored)
{
    if (s.author.trimmed().isEmpty() || s.email.trimmed().isEmpty())
        return Verdict::MissingFields;
    if (s.post <= 0)
        return Verdict::NoSuchPost;
    if (closedPosts.contains(s.post))
        return Verdict::Closed;
    // wp_allow_comment: duplicates first (held comments included), then the flood check.
    for (const Comment &c : std::as_const(m_comments)) {
        if (c.post == s.post && c.parent == s.parent && c.author == s.author && c.email == s.email
            && c.content == s.content)
            return Verdict::Duplicate;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (floodSeconds > 0 && s.email == m_lastEmail && now - m_lastPostAt < floodSeconds)
        return Verdict::Flood;
    m_lastEmail = s.email;
    m_lastPostAt = now;
    stored = {m_nextId++, s.post, s.parent, s.author, s.email, s.content, !holdForModeration};
    m_comments.append(stored);
    return Verdict::Taken;
}

TestResponse FakeWordPress::answerRest(const RecordedRequest &request)
{
    TestResponse response;
    bool storeAnyway = false;
    const bool faulted = fault(response, storeAnyway);
    if (!restEnabled)
        return restError(401, "Unauthorized", u"rest_comment_login_required"_qs,
                         u"Sorry, you must be logged in to comment."_qs);
    const QJsonObject o = QJsonDocument::fromJson(request.body).object();
    const Submission s{o.value(u"post").toInt(), o.value(u"parent").toInt(), o.value(u"author_name").toString(),
                       o.value(u"author_email").toString(), o.value(u"content").toString()};
    if (faulted && !storeAnyway)
        return response;
    Comment stored;
    const Verdict verdict = take(s, stored);
    if (faulted)
        return response;
    switch (verdict) {
    case Verdict::Taken:
        break;
    case Verdict::Duplicate:
        return restError(409, "Conflict", u"comment_duplicate"_qs,
                         u"Duplicate comment detected; it looks as though you&#8217;ve already said that!"_qs);
    case Verdict::Flood:
        return restError(400, "Bad Request", u"comment_flood"_qs,
                         u"You are posting comments too quickly. Slow down."_qs);
    case Verdict::Closed:
        return restError(403, "Forbidden", u"rest_comment_closed"_qs, u"Sorry, comments are closed for this item."_qs);
    case Verdict::MissingFields:
        return restError(400, "Bad Request", u"rest_comment_author_data_required"_qs,
                         u"Creating a comment requires valid author name and email values."_qs);
    case Verdict::NoSuchPost:
        return restError(403, "Forbidden", u"rest_comment_invalid_post_id"_qs,
                         u"Sorry, you are not allowed to create this comment without a post."_qs);
    }
    const QString link = url(u"/?p=%1#comment-%2"_qs.arg(stored.post).arg(stored.id)).toString();
    TestResponse created = json(201, "Created",
                                {{u"id"_qs, stored.id},
                                 {u"post"_qs, stored.post},
                                 {u"parent"_qs, stored.parent},
                                 {u"author_name"_qs, stored.author},
                                 {u"status"_qs, stored.approved ? u"approved"_qs : u"hold"_qs},
                                 {u"link"_qs, link},
                                 {u"content"_qs, rendered(stored.content)}});
    created.headers.append({"Location", url(u"/wp-json/wp/v2/comments/%1"_qs.arg(stored.id)).toEncoded()});
    return created;
}

TestResponse FakeWordPress::answerForm(const RecordedRequest &request)
{
    TestResponse response;
    bool storeAnyway = false;
    const bool faulted = fault(response, storeAnyway);
    const QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
    auto field = [&form](const char *name) {
        return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    const Submission s{field("comment_post_ID").toInt(), field("comment_parent").toInt(), field("author"),
                       field("email"), field("comment")};
    if (faulted && !storeAnyway)
        return response;
    Comment stored;
    const Verdict verdict = take(s, stored);
    if (faulted)
        return response;
    switch (verdict) {
    case Verdict::Taken:
        break;
    case Verdict::Duplicate:
        return diePage(409, "Conflict",
                       u"Duplicate comment detected; it looks as though you&#8217;ve already said that!"_qs);
    case Verdict::Flood:
        return diePage(429, "Too Many Requests", u"You are posting comments too quickly. Slow down."_qs);
    case Verdict::Closed:
        return diePage(403, "Forbidden", u"Sorry, comments are closed for this item."_qs);
    case Verdict::MissingFields:
        return diePage(200, "OK", u"Please fill the required fields."_qs);
    case Verdict::NoSuchPost:
        return diePage(404, "Not Found", u"Sorry, this post does not exist."_qs);
    }
    TestResponse moved;
    moved.status = 302;
    moved.reason = "Found";
    const QString target = stored.approved
            ? u"/?p=%1#comment-%2"_qs.arg(stored.post).arg(stored.id)
            : u"/?p=%1&unapproved=%2&moderation-hash=0123abcd#comment-%2"_qs.arg(stored.post).arg(stored.id);
    moved.headers = {{"Location", url(target).toEncoded()}, {"Content-Type", "text/html; charset=UTF-8"}};
    return moved;
}

TestResponse FakeWordPress::readThread(const RecordedRequest &request) const
{
    const QUrlQuery query(QUrl(QString::fromUtf8(request.path)));
    const int post = query.queryItemValue(u"post"_qs).toInt();
    QJsonArray list;
    // Newest first, approved only: what an anonymous reader sees.
    for (auto it = m_comments.crbegin(); it != m_comments.crend(); ++it) {
        if (it->post != post || !it->approved)
            continue;
        list.append(QJsonObject{{u"id"_qs, it->id},
                                {u"post"_qs, it->post},
                                {u"parent"_qs, it->parent},
                                {u"author_name"_qs, it->author},
                                {u"date_gmt"_qs, u"2026-11-29T10:00:00"_qs},
                                {u"link"_qs, url(u"/?p=%1#comment-%2"_qs.arg(it->post).arg(it->id)).toString()},
                                {u"content"_qs, rendered(it->content)}});
    }
    TestResponse r;
    r.headers = {{"Content-Type", "application/json; charset=UTF-8"},
                 {"X-WP-Total", QByteArray::number(list.size())},
                 {"X-WP-TotalPages", "1"}};
    r.body = QJsonDocument(list).toJson(QJsonDocument::Compact);
    return r;
}

} // namespace tidings::test

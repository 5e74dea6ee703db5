#include "Outbox.h"

#include "BoundQuery.h"

#include "util/Html.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

namespace tidings {
namespace {

constexpr int kMaxBodyLength = 65525; // WordPress's comment_content limit

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant idOrNull(qint64 id)
{
    return id >= 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

constexpr auto kItemColumns
        = "SELECT o.id, o.client_id, o.article_id, coalesce(o.parent_comment_id, -1), "
          "coalesce(o.parent_outbox_id, -1), o.author_name, o.author_email, coalesce(o.author_url, ''), o.body, "
          "o.state, o.uncertain, o.attempts, coalesce(o.last_error, ''), coalesce(o.next_attempt_at, 0), "
          "o.created_at, o.updated_at, coalesce(o.sent_at, 0), coalesce(o.remote_id, ''), "
          "coalesce(o.remote_link, ''), coalesce(o.comment_id, -1), "
          "a.title, coalesce(a.link, ''), coalesce(a.guid, ''), s.id, s.name, coalesce(s.home_url, ''), "
          "coalesce(s.rest_api_url, ''), coalesce(s.comment_route, ''), "
          "coalesce(pc.author_name, po.author_name, ''), pc.remote_id, pc.link, po.remote_id, pcc.remote_id, pcc.link "
          "FROM comment_outbox o JOIN articles a ON a.id = o.article_id JOIN feeds f ON f.id = a.feed_id "
          "JOIN sites s ON s.id = f.site_id "
          "LEFT JOIN comments pc ON pc.id = o.parent_comment_id "
          "LEFT JOIN comment_outbox po ON po.id = o.parent_outbox_id "
          "LEFT JOIN comments pcc ON pcc.id = po.comment_id ";

// Letters and digits only, lower case: WordPress turns quotes and dashes typographic and wraps
// paragraphs, so the text it shows differs from what was sent in everything but the words.
QString comparable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

bool OutboxItem::isOnReservedHost() const
{
    const QString host = QUrl(articleLink).host();
    return host.endsWith(u".example") || host.endsWith(u".invalid") || host == u"example.com";
}

QString Outbox::stateName(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Queued:
        return u"queued"_qs;
    case OutboxItem::State::Sending:
        return u"sending"_qs;
    case OutboxItem::State::Held:
        return u"held"_qs;
    case OutboxItem::State::Published:
        return u"published"_qs;
    case OutboxItem::State::Failed:
        return u"failed"_qs;
    }
    return {};
}

std::optional<OutboxItem::State> Outbox::stateFromName(QStringView name)
{
    for (const auto s : {OutboxItem::State::Queued, OutboxItem::State::Sending, OutboxItem::State::Held,
                         OutboxItem::State::Published, OutboxItem::State::Failed}) {
        if (name == stateName(s))
            return s;
    }
    return std::nullopt;
}

QString Outbox::wordPressCommentNumber(const QString &remoteId, const QString &link)
{
    static const QRegularExpression digits(QStringLiteral(R"(^\d+$)"));
    if (digits.match(remoteId).hasMatch())
        return remoteId;
    static const QRegularExpression fragment(QStringLiteral(R"(#comment-(\d+)$)"));
    for (const QString &s : {link, remoteId}) {
        const auto m = fragment.match(s);
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

bool Outbox::exec(const QString &sql, const QVariantList &values, int *rowsAffected)
{
    QSqlQuery q(m_db.connection());
    if (!execBound(q, sql, values, m_error))
        return false;
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return true;
}

QList<OutboxItem> Outbox::read(const QString &where, const QVariantList &values)
{
    QList<OutboxItem> items;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!execBound(q, QString::fromLatin1(kItemColumns) + where, values, m_error))
        return items;
    while (q.next()) {
        OutboxItem i;
        i.id = q.value(0).toLongLong();
        i.clientId = q.value(1).toString();
        i.articleId = q.value(2).toLongLong();
        i.parentCommentId = q.value(3).toLongLong();
        i.parentOutboxId = q.value(4).toLongLong();
        i.authorName = q.value(5).toString();
        i.authorEmail = q.value(6).toString();
        i.authorUrl = q.value(7).toString();
        i.body = q.value(8).toString();
        i.state = stateFromName(q.value(9).toString()).value_or(OutboxItem::State::Queued);
        i.uncertain = q.value(10).toBool();
        i.attempts = q.value(11).toInt();
        i.lastError = q.value(12).toString();
        i.nextAttemptAt = q.value(13).toLongLong();
        i.createdAt = q.value(14).toLongLong();
        i.updatedAt = q.value(15).toLongLong();
        i.sentAt = q.value(16).toLongLong();
        i.remoteId = q.value(17).toString();
        i.remoteLink = q.value(18).toString();
        i.commentId = q.value(19).toLongLong();
        i.articleTitle = q.value(20).toString();
        i.articleLink = q.value(21).toString();
        i.articleGuid = q.value(22).toString();
        i.siteId = q.value(23).toLongLong();
        i.siteName = q.value(24).toString();
        i.siteHomeUrl = q.value(25).toString();
        i.restApiUrl = q.value(26).toString();
        i.commentRoute = q.value(27).toString();
        i.parentAuthor = q.value(28).toString();
        if (i.parentCommentId >= 0) {
            i.parentRemoteId = wordPressCommentNumber(q.value(29).toString(), q.value(30).toString());
        } else if (i.parentOutboxId >= 0) {
            i.parentRemoteId = q.value(31).toString();
            if (i.parentRemoteId.isEmpty())
                i.parentRemoteId = wordPressCommentNumber(q.value(32).toString(), q.value(33).toString());
        }
        items.append(i);
    }
    return items;
}

bool Outbox::checkFields(const NewComment &c)
{
    if (c.authorName.trimmed().isEmpty()) {
        m_error = tr("Please give your name.");
        return false;
    }
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!email.match(c.authorEmail.trimmed()).hasMatch()) {
        m_error = tr("Please give an email address such as name@example.com.");
        return false;
    }
    if (!c.authorUrl.trimmed().isEmpty()) {
        const QUrl url = QUrl::fromUserInput(c.authorUrl.trimmed());
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            m_error = tr("The website must be an http or https address.");
            return false;
        }
    }
    if (c.body.trimmed().isEmpty()) {
        m_error = tr("The comment is empty.");
        return false;
    }
    if (c.body.size() > kMaxBodyLength) {
        m_error = tr("The comment is too long: at most %1 characters.").arg(kMaxBodyLength);
        return false;
    }
    return true;
}

std::optional<OutboxItem> Outbox::queue(const NewComment &c, qint64 now)
{
    if (!checkFields(c))
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT coalesce(comments_open, 1), coalesce(comments_note, '') FROM articles WHERE id = ?"_qs);
    q.addBindValue(c.articleId);
    if (!q.exec() || !q.next()) {
        m_error = tr("No such article.");
        return std::nullopt;
    }
    if (!q.value(0).toBool()) {
        const QString note = q.value(1).toString();
        m_error = note.isEmpty() ? tr("Comments are closed for this article.") : note;
        return std::nullopt;
    }
    if (c.parentCommentId >= 0 && c.parentOutboxId >= 0) {
        m_error = tr("A comment answers one comment, not two.");
        return std::nullopt;
    }
    // The same words twice from the same person under the same comment: WordPress would take only
    // the first, and its "duplicate" answer is read as "it is there" (CommentSender).
    q.prepare(u"SELECT 1 FROM comment_outbox WHERE article_id = ? AND coalesce(parent_comment_id, -1) = ? "
              u"AND coalesce(parent_outbox_id, -1) = ? AND author_email = ? AND body = ? AND state <> 'failed'"_qs);
    for (const QVariant &v :
         QVariantList{c.articleId, c.parentCommentId, c.parentOutboxId, c.authorEmail.trimmed(), c.body.trimmed()})
        q.addBindValue(v);
    if (q.exec() && q.next()) {
        m_error = tr("You have written this comment here already.");
        return std::nullopt;
    }
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QVariant parentComment = idOrNull(c.parentCommentId);
    const QVariant parentOutbox = idOrNull(c.parentOutboxId);
    if (!exec(u"INSERT INTO comment_outbox (client_id, article_id, parent_comment_id, parent_outbox_id, author_name, "
              u"author_email, author_url, body, created_at, updated_at) "
              u"SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
              // The parent must belong to the same article.
              u"WHERE (? IS NULL OR EXISTS (SELECT 1 FROM comments WHERE id = ? AND article_id = ?)) "
              u"AND (? IS NULL OR EXISTS (SELECT 1 FROM comment_outbox WHERE id = ? AND article_id = ?))"_qs,
              {clientId, c.articleId, parentComment, parentOutbox, c.authorName.trimmed(), c.authorEmail.trimmed(),
               orNull(c.authorUrl.trimmed()), c.body.trimmed(), now, now, parentComment, parentComment, c.articleId,
               parentOutbox, parentOutbox, c.articleId}))
        return std::nullopt;
    const QList<OutboxItem> stored = read(u"WHERE o.client_id = ?"_qs, {clientId});
    if (stored.isEmpty()) {
        m_error = tr("The comment it answers is not under this article.");
        return std::nullopt;
    }
    return stored.first();
}

bool Outbox::edit(qint64 id, const NewComment &c, qint64 now)
{
    if (!checkFields(c))
        return false;
    int rows = 0;
    if (!exec(u"UPDATE comment_outbox SET author_name = ?, author_email = ?, author_url = ?, body = ?, "
              u"state = 'queued', last_error = NULL, next_attempt_at = NULL, updated_at = ? "
              u"WHERE id = ? AND state IN ('queued', 'failed')"_qs,
              {c.authorName.trimmed(), c.authorEmail.trimmed(), orNull(c.authorUrl.trimmed()), c.body.trimmed(), now,
               id},
              &rows))
        return false;
    if (rows == 0) {
        m_error = tr("This comment has been sent already and can no longer be changed.");
        return false;
    }
    return true;
}

bool Outbox::cancel(qint64 id)
{
    int rows = 0;
    // Replies waiting on it go with it (ON DELETE CASCADE); a reply already sent keeps its parent on
    // the server, so a comment with a sent reply was sent too and is not editable here.
    if (!exec(u"DELETE FROM comment_outbox WHERE id = ? AND state IN ('queued', 'failed')"_qs, {id}, &rows))
        return false;
    if (rows == 0) {
        m_error = tr("This comment has been sent already and can no longer be cancelled.");
        return false;
    }
    return true;
}

bool Outbox::retryNow(qint64 id, qint64 now)
{
    return exec(u"UPDATE comment_outbox SET state = 'queued', next_attempt_at = NULL, updated_at = ? "
                u"WHERE id = ? AND state IN ('queued', 'failed')"_qs,
                {now, id});
}

std::optional<OutboxItem> Outbox::item(qint64 id)
{
    const QList<OutboxItem> items = read(u"WHERE o.id = ?"_qs, {id});
    if (items.isEmpty())
        return std::nullopt;
    return items.first();
}

QList<OutboxItem> Outbox::unpublished()
{
    return read(u"WHERE o.state <> 'published' ORDER BY o.created_at, o.id"_qs, {});
}

QList<OutboxItem> Outbox::pendingForArticle(qint64 articleId)
{
    return read(u"WHERE o.article_id = ? AND o.comment_id IS NULL ORDER BY o.created_at, o.id"_qs, {articleId});
}

qint64 Outbox::unpublishedCount()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM comment_outbox WHERE state <> 'published'"_qs) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

int Outbox::recoverInterrupted(qint64 now)
{
    int rows = 0;
    if (!exec(u"UPDATE comment_outbox SET state = 'queued', uncertain = 1, next_attempt_at = NULL, updated_at = ? "
              u"WHERE state = 'sending'"_qs,
              {now}, &rows))
        return 0;
    return rows;
}

QList<OutboxItem> Outbox::due(qint64 now)
{
    QList<OutboxItem> items = read(u"WHERE o.state = 'queued' AND coalesce(o.next_attempt_at, 0) <= ? "
                                   u"ORDER BY o.created_at, o.id"_qs,
                                   {now});
    items.removeIf([](const OutboxItem &i) { return i.waitsForParent(); });
    return items;
}

qint64 Outbox::nextAttemptAt(qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT min(next_attempt_at) FROM comment_outbox WHERE state = 'queued' AND next_attempt_at > ?"_qs);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool Outbox::markSending(qint64 id, qint64 now)
{
    int rows = 0;
    if (!exec(u"UPDATE comment_outbox SET state = 'sending', uncertain = 1, attempts = attempts + 1, updated_at = ? "
              u"WHERE id = ? AND state = 'queued'"_qs,
              {now, id}, &rows))
        return false;
    if (rows == 0) {
        m_error = tr("The comment was changed or cancelled meanwhile.");
        return false;
    }
    return true;
}

bool Outbox::recordPosted(qint64 id, const QString &remoteId, const QString &remoteLink, bool held, qint64 now)
{
    return exec(u"UPDATE comment_outbox SET state = ?, uncertain = 0, last_error = NULL, next_attempt_at = NULL, "
                u"sent_at = ?, updated_at = ?, remote_id = ?, remote_link = ? WHERE id = ?"_qs,
                {held ? u"held"_qs : u"published"_qs, now, now, orNull(remoteId), orNull(remoteLink), id});
}

bool Outbox::recordRetry(qint64 id, const QString &error, qint64 nextAttemptAt, qint64 now)
{
    // uncertain stays: only an outcome that settles the comment clears it, since a refusal now says
    // nothing about an earlier request that may have reached the server.
    return exec(u"UPDATE comment_outbox SET state = 'queued', last_error = ?, next_attempt_at = ?, updated_at = ? "
                u"WHERE id = ?"_qs,
                {error, nextAttemptAt, now, id});
}

bool Outbox::recordFailed(qint64 id, const QString &error, qint64 now)
{
    return exec(u"UPDATE comment_outbox SET state = 'failed', uncertain = 0, last_error = ?, next_attempt_at = NULL, "
                u"updated_at = ? WHERE id = ?"_qs,
                {error, now, id});
}

bool Outbox::setCommentRoute(qint64 siteId, const QString &route)
{
    return exec(u"UPDATE sites SET comment_route = ? WHERE id = ?"_qs, {orNull(route), siteId});
}

bool Outbox::setCommentsOpen(qint64 articleId, bool open, const QString &note)
{
    return exec(u"UPDATE articles SET comments_open = ?, comments_note = ? WHERE id = ?"_qs,
                {int(open), orNull(note), articleId});
}

int Outbox::matchThread(qint64 articleId, qint64 now)
{
    const QList<OutboxItem> sent = read(u"WHERE o.article_id = ? AND o.comment_id IS NULL "
                                        u"AND o.state IN ('held', 'published')"_qs,
                                        {articleId});
    if (sent.isEmpty())
        return 0;
    struct Stored
    {
        qint64 id;
        QString number;
        QString author;
        QString text;
    };
    QList<Stored> stored;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, remote_id, coalesce(link, ''), coalesce(author_name, ''), content_html FROM comments "
              u"WHERE article_id = ? AND id NOT IN (SELECT comment_id FROM comment_outbox "
              u"WHERE article_id = ? AND comment_id IS NOT NULL)"_qs);
    q.addBindValue(articleId);
    q.addBindValue(articleId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    while (q.next()) {
        stored.append({q.value(0).toLongLong(), wordPressCommentNumber(q.value(1).toString(), q.value(2).toString()),
                       q.value(3).toString(), comparable(html::toPlainText(q.value(4).toString()))});
    }
    int matched = 0;
    for (const OutboxItem &item : sent) {
        const QString text = comparable(item.body);
        const auto it = std::find_if(stored.begin(), stored.end(), [&](const Stored &s) {
            if (!item.remoteId.isEmpty())
                return s.number == item.remoteId;
            // The server took it without saying its id (a duplicate after an uncertain try): the
            // same author and the same words are the same comment.
            return s.author == item.authorName && s.text == text;
        });
        if (it == stored.end())
            continue;
        if (!exec(u"UPDATE comment_outbox SET comment_id = ?, state = 'published', updated_at = ?, "
                  u"remote_id = coalesce(remote_id, ?) WHERE id = ?"_qs,
                  {it->id, now, orNull(it->number), item.id}))
            return matched;
        stored.erase(it);
        ++matched;
    }
    return matched;
}

bool Outbox::saveDraft(qint64 articleId, qint64 parentCommentId, const QString &body, qint64 now)
{
    if (body.trimmed().isEmpty())
        return dropDraft(articleId, parentCommentId);
    return exec(u"INSERT INTO comment_drafts (article_id, parent_comment_id, body, updated_at) VALUES (?, ?, ?, ?) "
                u"ON CONFLICT (article_id, parent_comment_id) DO UPDATE SET body = excluded.body, "
                u"updated_at = excluded.updated_at"_qs,
                {articleId, qMax<qint64>(parentCommentId, 0), body, now});
}

QString Outbox::draft(qint64 articleId, qint64 parentCommentId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT body FROM comment_drafts WHERE article_id = ? AND parent_comment_id = ?"_qs);
    q.addBindValue(articleId);
    q.addBindValue(qMax<qint64>(parentCommentId, 0));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool Outbox::dropDraft(qint64 articleId, qint64 parentCommentId)
{
    return exec(u"DELETE FROM comment_drafts WHERE article_id = ? AND parent_comment_id = ?"_qs,
                {articleId, qMax<qint64>(parentCommentId, 0)});
}

qint64 Outbox::articleByReference(const QString &reference)
{
    QSqlQuery q(m_db.connection());
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    if (isNumber) {
        q.prepare(u"SELECT id FROM articles WHERE id = ?"_qs);
        q.addBindValue(id);
    } else {
        q.prepare(u"SELECT id FROM articles WHERE link = ? OR guid = ? ORDER BY id LIMIT 1"_qs);
        q.addBindValue(reference);
        q.addBindValue(reference);
    }
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 Outbox::commentByReference(const QString &reference)
{
    QSqlQuery q(m_db.connection());
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    if (isNumber) {
        q.prepare(u"SELECT id FROM comments WHERE id = ?"_qs);
        q.addBindValue(id);
    } else {
        const QString number = wordPressCommentNumber({}, reference);
        // The link as stored, or any stored link or REST id naming the same WordPress comment under
        // the article the URL names.
        const QString article = QUrl(reference).adjusted(QUrl::RemoveFragment).toString();
        q.prepare(u"SELECT c.id FROM comments c JOIN articles a ON a.id = c.article_id "
                  u"WHERE c.link = ? OR (? <> '' AND (c.remote_id = ? OR c.link LIKE '%#comment-' || ?) "
                  u"AND (a.link = ? OR a.guid = ?)) ORDER BY c.id LIMIT 1"_qs);
        for (const QString &v : {reference, number, number, number, article, article})
            q.addBindValue(v);
    }
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace tidings

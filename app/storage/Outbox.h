#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace tidings {

// A comment the user wrote, from the moment it is saved until the server shows it.
struct OutboxItem
{
    enum class State { Queued, Sending, Held, Published, Failed };

    qint64 id = -1;
    QString clientId; // made by Tidings before the row was written
    qint64 articleId = -1;
    qint64 parentCommentId = -1; // a reply to a stored comment
    qint64 parentOutboxId = -1; // a reply to a comment of the user's still in the outbox
    QString authorName;
    QString authorEmail;
    QString authorUrl;
    QString body; // plain text as written
    State state = State::Queued;
    bool uncertain = false; // an earlier request may have reached the server
    int attempts = 0;
    QString lastError;
    qint64 nextAttemptAt = 0; // 0: as soon as the network is up
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 sentAt = 0;
    QString remoteId; // the server's id once posted (WordPress: the comment number)
    QString remoteLink;
    qint64 commentId = -1; // the stored comment it became, once a thread refresh brought it back

    // Joined for sending and showing.
    QString articleTitle;
    QString articleLink;
    QString articleGuid;
    qint64 siteId = -1;
    QString siteName;
    QString siteHomeUrl;
    QString restApiUrl;
    QString commentRoute; // "rest", "form", or empty when not known yet
    QString parentAuthor; // whom a reply answers
    // The WordPress comment number of the parent; empty for a top-level comment or while the parent
    // (a comment of the user's) has no server id yet.
    QString parentRemoteId;

    [[nodiscard]] bool isReply() const { return parentCommentId >= 0 || parentOutboxId >= 0; }
    // Not yet on the server, so it can still be edited or cancelled.
    [[nodiscard]] bool isEditable() const { return state == State::Queued || state == State::Failed; }
    // The bundled demo site lives at reserved names (RFC 2606) with nothing behind them: its comments
    // are kept, never sent.
    [[nodiscard]] bool isOnReservedHost() const;
    // Waits for the comment it answers to be posted first.
    [[nodiscard]] bool waitsForParent() const { return isReply() && parentRemoteId.isEmpty(); }
};

struct NewComment
{
    qint64 articleId = -1;
    qint64 parentCommentId = -1;
    qint64 parentOutboxId = -1;
    QString authorName;
    QString authorEmail;
    QString authorUrl;
    QString body;
};

// The outbox: a journal in the same SQLite file as everything else. A comment is written here, with
// an id Tidings makes, before the user is told it is saved; the sender (OutboxSync) takes it from
// here one request at a time and records each outcome here before it does anything else.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(Database &db)
        : m_db(db)
    { }

    // Checks a new comment and stores it. Returns the stored item, or nothing with error() saying
    // what is missing or wrong in words a user understands.
    [[nodiscard]] std::optional<OutboxItem> queue(const NewComment &comment, qint64 now);
    // Changes the text (and author) of a comment that has not been sent yet; a failed one is queued
    // again.
    [[nodiscard]] bool edit(qint64 id, const NewComment &changed, qint64 now);
    // Removes a comment that has not been sent yet, with replies of the user's waiting on it.
    [[nodiscard]] bool cancel(qint64 id);
    // A failed comment is tried again (after the user fixed what the server complained about, or
    // just asked).
    [[nodiscard]] bool retryNow(qint64 id, qint64 now);

    [[nodiscard]] std::optional<OutboxItem> item(qint64 id);
    // Everything not yet published (what the Outbox view lists), oldest first.
    [[nodiscard]] QList<OutboxItem> unpublished();
    // The user's comments under one article that the thread does not show from the server yet.
    [[nodiscard]] QList<OutboxItem> pendingForArticle(qint64 articleId);
    [[nodiscard]] qint64 unpublishedCount();

    // Sending.
    // A request that was on its way when the process ended: its outcome is unknown, so it is queued
    // again as uncertain. Only whoever holds the outbox lock may call this.
    [[nodiscard]] int recoverInterrupted(qint64 now);
    // The comments that may be sent now, oldest first: queued, due, and not waiting for a parent.
    [[nodiscard]] QList<OutboxItem> due(qint64 now);
    // The earliest time after now that a queued comment waits for; 0 when none waits.
    [[nodiscard]] qint64 nextAttemptAt(qint64 now);
    // Recorded before the request goes out: from here on the server may have it.
    [[nodiscard]] bool markSending(qint64 id, qint64 now);
    [[nodiscard]] bool recordPosted(qint64 id, const QString &remoteId, const QString &remoteLink, bool held,
                                    qint64 now);
    // A temporary failure: tried again at nextAttemptAt. The comment stays uncertain: the request may
    // have reached the server.
    [[nodiscard]] bool recordRetry(qint64 id, const QString &error, qint64 nextAttemptAt, qint64 now);
    [[nodiscard]] bool recordFailed(qint64 id, const QString &error, qint64 now);
    [[nodiscard]] bool setCommentRoute(qint64 siteId, const QString &route);
    // The site says the article takes no comments (closed, or too old): said before the user writes.
    [[nodiscard]] bool setCommentsOpen(qint64 articleId, bool open, const QString &note);

    // After a thread refresh: comments of the user's that came back are matched to their stored
    // copies (by server id, or by author and text when the server's answer named no id) and shown
    // from there from now on. Returns how many were matched.
    [[nodiscard]] int matchThread(qint64 articleId, qint64 now);

    // Drafts: one per place (a new comment under an article, parentCommentId -1; or a reply).
    [[nodiscard]] bool saveDraft(qint64 articleId, qint64 parentCommentId, const QString &body, qint64 now);
    [[nodiscard]] QString draft(qint64 articleId, qint64 parentCommentId);
    [[nodiscard]] bool dropDraft(qint64 articleId, qint64 parentCommentId);

    // References as a user writes them: a local id, or a URL (an article's link; a comment's link,
    // "...#comment-123"). -1 when nothing matches.
    [[nodiscard]] qint64 articleByReference(const QString &reference);
    [[nodiscard]] qint64 commentByReference(const QString &reference);

    [[nodiscard]] const QString &error() const { return m_error; }

    [[nodiscard]] static QString stateName(OutboxItem::State state);
    [[nodiscard]] static std::optional<OutboxItem::State> stateFromName(QStringView name);
    // "123" from a WordPress comment's REST id, or from its link ("...#comment-123"); empty when the
    // comment names no number.
    [[nodiscard]] static QString wordPressCommentNumber(const QString &remoteId, const QString &link);

private:
    QList<OutboxItem> read(const QString &where, const QVariantList &values);
    bool exec(const QString &sql, const QVariantList &values, int *rowsAffected = nullptr);
    bool checkFields(const NewComment &comment);

    Database &m_db;
    QString m_error;
};

} // namespace tidings

Q_DECLARE_METATYPE(tidings::OutboxItem)

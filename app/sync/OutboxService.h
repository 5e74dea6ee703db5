#pragma once

#include "OutboxSync.h"
#include "storage/Outbox.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace tidings {

class CommentSender;

// The app's outbox: sends comments as soon as it can and tells the window what changed. Sending
// (OutboxSync) and comment-open checks (CommentSender) run on a network thread of their own; the
// store is reached only through the runner (the app's writer StorageThread). A pass starts when a
// comment is queued (at once when online), when the network comes back, and at the earliest time a
// comment waits for (one single-shot timer). Only one process sends at a time (the lock file beside
// the database, shared with `tidings sync`).
class OutboxService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        OutboxSync::Options sync; // its lockPath: outbox.lock beside the database, or empty in tests
        // When another process holds the lock, the next look.
        int busyRetryMs = 30 * 1000;
    };

    struct QueueResult
    {
        std::optional<OutboxItem> item;
        QString error; // in words, when the comment was not stored
    };

    OutboxService(OutboxSync::StoreRunner runner, Options options, QObject *parent = nullptr);
    ~OutboxService() override;

    // The lock file's place for a database: `outbox.lock` in its folder.
    [[nodiscard]] static QString lockPathFor(const QString &databasePath);

    // Once the store is open: counts what waits and sends what can be sent.
    void start();

    // Each stores first (through the runner); the future says what happened, empty error on success.
    // A change makes the service send (when online) and emit itemChanged and countChanged.
    QFuture<QueueResult> queue(const NewComment &comment);
    QFuture<QString> edit(qint64 outboxId, const NewComment &changed);
    QFuture<QString> cancel(qint64 outboxId);
    QFuture<QString> retryNow(qint64 outboxId);

    // A sending pass now (when online); one that runs meanwhile is followed by another.
    void sendNow();

    // Looks at the article's page to learn whether it takes comments; the answer is stored
    // (Outbox::setCommentsOpen) before commentsChecked says it. Nothing is stored when the page could
    // not be read (error set).
    void checkComments(qint64 articleId, const QUrl &articlePage);

    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] bool isSending() const { return m_running; }
    [[nodiscard]] qint64 count() const { return m_count; }
    // The time of the pending retry timer in seconds since the epoch; 0 when none is set.
    [[nodiscard]] qint64 nextPassAt() const { return m_nextPassAt; }

public slots:
    // Called from QNetworkInformation; tests call it directly.
    void setOnline(bool online);

signals:
    void itemChanged(qint64 outboxId);
    void passFinished(const tidings::OutboxSummary &summary);
    // The number of comments not yet published.
    void countChanged(qint64 count);
    void onlineChanged(bool online);
    void commentsChecked(qint64 articleId, bool open, const QString &note, const QString &error);

private:
    // Runs job through the runner; after(result) runs here once it is stored, before the returned
    // future finishes.
    template<typename Result>
    QFuture<Result> onStore(std::function<Result(Store &)> job, std::function<void(const Result &)> after = {});
    void changed(qint64 outboxId);
    void passDone(const OutboxSummary &summary);
    void updateCount();
    void scheduleAt(qint64 secondsSinceEpoch);

    OutboxSync::StoreRunner m_runner;
    Options m_options;
    QThread m_networkThread;
    OutboxSync *m_sync; // lives on m_networkThread
    CommentSender *m_checker = nullptr; // lives on m_networkThread
    QTimer m_retryTimer;
    bool m_online = true;
    bool m_started = false;
    bool m_running = false;
    bool m_passWanted = false; // something changed while a pass ran
    qint64 m_count = -1;
    qint64 m_nextPassAt = 0;
};

} // namespace tidings

Q_DECLARE_METATYPE(tidings::OutboxService::QueueResult)

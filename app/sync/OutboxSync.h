#pragma once

#include "CommentSender.h"
#include "storage/Outbox.h"

#include <QLockFile>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace tidings {

class Store;

struct OutboxSummary
{
    int posted = 0; // taken by the server (published or held), this pass
    int failed = 0; // refused for good, this pass
    int retrying = 0; // a temporary failure, this pass: tried again later
    int waiting = 0; // still queued after the pass (a later try, or a reply whose parent is not posted)
    qint64 nextAttemptAt = 0; // the earliest later try; 0 when none
    bool busy = false; // another Tidings process is sending: nothing was sent
    QString error; // the outbox could not be read or written

    // Nothing is left to send and nothing failed.
    [[nodiscard]] bool settled() const { return !busy && error.isEmpty() && failed == 0 && waiting == 0; }
};

// Sends the outbox: one comment at a time, oldest first, each outcome recorded before the next
// comment goes. The store is reached only through the runner (inline in the command line, the
// storage thread in the app); the network through the manager of this object's thread.
//
// Never lost, never twice: a comment is marked as being sent (and so "uncertain") before its
// request leaves; a process that dies then leaves it so, and whoever sends next treats a
// "duplicate" answer as proof that the server has it. Only one process sends at a time (a lock file
// beside the database), so a comment marked as being sent at the start of a pass is an abandoned one.
class OutboxSync : public QObject
{
    Q_OBJECT

public:
    using StoreJob = std::function<void(Store &)>;
    using StoreRunner = std::function<void(StoreJob)>;

    struct Options
    {
        CommentSender::Options send;
        QString lockPath; // empty: no other process shares the database (tests)
        qint64 firstRetrySeconds = 30;
        qint64 maxRetrySeconds = 3600;
    };

    OutboxSync(StoreRunner runner, Options options, QObject *parent = nullptr);
    ~OutboxSync() override;

    // One pass: sends everything due now. finished() says what happened and what is left.
    void start();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // The wait before try number attempts+1 after a temporary failure: the server's Retry-After when
    // it gave one, else growing from firstRetrySeconds, doubling, +-20% jitter, capped.
    [[nodiscard]] qint64 retryDelay(int attempts, int retryAfterSeconds);

signals:
    void itemChanged(qint64 outboxId);
    void finished(const tidings::OutboxSummary &summary);

private:
    void sendNext();
    void onSent(qint64 outboxId, const PostOutcome &outcome, const QString &route);
    void finish(OutboxSummary summary);
    // Runs job on the store and hands its result back on this object's thread.
    template<typename Result>
    void storeThen(std::function<Result(Store &)> job, std::function<void(Result)> then);

    StoreRunner m_runner;
    Options m_options;
    QNetworkAccessManager *m_network;
    CommentSender *m_sender;
    QRandomGenerator m_random;
    std::unique_ptr<QLockFile> m_lock;

    bool m_running = false;
    OutboxItem m_current;
    QSet<qint64> m_pausedSites; // a site that asked to wait gets no more comments this pass
    OutboxSummary m_summary;
};

} // namespace tidings

Q_DECLARE_METATYPE(tidings::OutboxSummary)

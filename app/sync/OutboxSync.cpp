#include "OutboxSync.h"

#include "net/Fetcher.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>

Q_LOGGING_CATEGORY(lcOutbox, "tidings.outbox", QtWarningMsg)

namespace tidings {
namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

OutboxSync::OutboxSync(StoreRunner runner, Options options, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_options(std::move(options))
    , m_network(Fetcher::makeNetworkAccessManager(this))
    , m_sender(new CommentSender(m_network, m_options.send, this))
    , m_random(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<OutboxSummary>();
    qRegisterMetaType<PostOutcome>();
    connect(m_sender, &CommentSender::finished, this, &OutboxSync::onSent);
}

OutboxSync::~OutboxSync() = default;

qint64 OutboxSync::retryDelay(int attempts, int retryAfterSeconds)
{
    if (retryAfterSeconds > 0)
        return qMin<qint64>(retryAfterSeconds, qint64{24} * 3600);
    qint64 delay = m_options.firstRetrySeconds;
    for (int i = 1; i < attempts && delay < m_options.maxRetrySeconds; ++i)
        delay *= 2;
    delay = qMin(delay, m_options.maxRetrySeconds);
    const double jitter = 0.8 + 0.4 * m_random.generateDouble();
    return qMax<qint64>(1, qint64(double(delay) * jitter));
}

template<typename Result>
void OutboxSync::storeThen(std::function<Result(Store &)> job, std::function<void(Result)> then)
{
    QPointer<OutboxSync> self(this);
    m_runner([self, job = std::move(job), then = std::move(then)](Store &store) {
        Result result = job(store);
        QMetaObject::invokeMethod(
                self,
                [self, then, result = std::move(result)] {
                    if (self)
                        then(result);
                },
                Qt::QueuedConnection);
    });
}

void OutboxSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_summary = {};
    m_pausedSites.clear();
    if (!m_options.lockPath.isEmpty()) {
        m_lock = std::make_unique<QLockFile>(m_options.lockPath);
        // A lock left by a process that died is taken over at once (QLockFile checks its pid);
        // a live holder is never waited for.
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            qCInfo(lcOutbox) << "another process is sending the outbox";
            m_lock.reset();
            OutboxSummary busy;
            busy.busy = true;
            finish(busy);
            return;
        }
    }
    storeThen<int>(
            [](Store &store) {
                Outbox outbox(store.database());
                return outbox.recoverInterrupted(nowSeconds());
            },
            [this](int recovered) {
                if (recovered > 0)
                    qCInfo(lcOutbox) << recovered << "comment(s) were being sent when Tidings stopped: sent again";
                sendNext();
            });
}

void OutboxSync::sendNext()
{
    struct Next
    {
        std::optional<OutboxItem> item;
        QString error;
        int waiting = 0;
        qint64 nextAttemptAt = 0;
    };
    const QSet<qint64> paused = m_pausedSites;
    storeThen<Next>(
            [paused](Store &store) {
                Outbox outbox(store.database());
                const qint64 now = nowSeconds();
                Next next;
                for (const OutboxItem &item : outbox.due(now)) {
                    if (paused.contains(item.siteId) || item.isOnReservedHost())
                        continue;
                    if (!outbox.markSending(item.id, now)) {
                        next.error = outbox.error();
                        return next;
                    }
                    next.item = item; // as it was before this try: uncertain from earlier tries only
                    return next;
                }
                next.waiting = 0;
                for (const OutboxItem &item : outbox.unpublished()) {
                    if (item.state == OutboxItem::State::Queued)
                        ++next.waiting;
                }
                next.nextAttemptAt = outbox.nextAttemptAt(now);
                return next;
            },
            [this](const Next &next) {
                if (!next.error.isEmpty()) {
                    m_summary.error = next.error;
                    finish(m_summary);
                    return;
                }
                if (!next.item) {
                    m_summary.waiting = next.waiting;
                    m_summary.nextAttemptAt = next.nextAttemptAt;
                    finish(m_summary);
                    return;
                }
                m_current = *next.item;
                emit itemChanged(m_current.id);
                m_sender->post(m_current, CommentSender::firstRoute(m_current));
            });
}

void OutboxSync::onSent(qint64 outboxId, const PostOutcome &outcome, const QString &route)
{
    if (outboxId != m_current.id)
        return;
    if (outcome.kind == PostOutcome::Kind::WrongRoute && route == u"rest") {
        // The site has the REST API but takes no anonymous comments through it: the form does, and
        // the refusal stored nothing, so the same try goes on there.
        qCInfo(lcOutbox) << m_current.siteName << "takes comments through its form, not REST";
        const qint64 siteId = m_current.siteId;
        storeThen<bool>([siteId](Store &store) { return Outbox(store.database()).setCommentRoute(siteId, u"form"_qs); },
                        [this](bool) { m_sender->post(m_current, u"form"_qs); });
        return;
    }
    const OutboxItem item = m_current;
    const qint64 delay = outcome.kind == PostOutcome::Kind::RetryLater
            ? retryDelay(item.attempts + 1, outcome.retryAfterSeconds)
            : 0;
    switch (outcome.kind) {
    case PostOutcome::Kind::Posted:
    case PostOutcome::Kind::AlreadyThere:
        ++m_summary.posted;
        break;
    case PostOutcome::Kind::RetryLater:
        ++m_summary.retrying;
        m_pausedSites.insert(item.siteId);
        break;
    case PostOutcome::Kind::Failed:
    case PostOutcome::Kind::WrongRoute:
        ++m_summary.failed;
        break;
    }
    storeThen<QString>(
            [item, outcome, route, delay](Store &store) {
                Outbox outbox(store.database());
                const qint64 now = nowSeconds();
                bool ok = true;
                switch (outcome.kind) {
                case PostOutcome::Kind::Posted:
                case PostOutcome::Kind::AlreadyThere:
                    ok = outbox.recordPosted(item.id, outcome.remoteId, outcome.remoteLink, outcome.held, now)
                            && (item.commentRoute == route || outbox.setCommentRoute(item.siteId, route));
                    break;
                case PostOutcome::Kind::RetryLater:
                    ok = outbox.recordRetry(item.id, outcome.reason, now + delay, now);
                    break;
                case PostOutcome::Kind::Failed:
                case PostOutcome::Kind::WrongRoute: {
                    const QString reason = outcome.reason.isEmpty()
                            ? tr("the site takes no comments from Tidings this way")
                            : outcome.reason;
                    ok = outbox.recordFailed(item.id, reason, now)
                            && (!outcome.closed || outbox.setCommentsOpen(item.articleId, false, reason));
                    break;
                }
                }
                return ok ? QString() : outbox.error();
            },
            [this, outboxId](const QString &error) {
                emit itemChanged(outboxId);
                if (!error.isEmpty()) {
                    m_summary.error = error;
                    finish(m_summary);
                    return;
                }
                sendNext();
            });
}

// By value: a receiver may start the next pass at once, which resets m_summary, the usual argument.
void OutboxSync::finish(OutboxSummary summary) // NOLINT(performance-unnecessary-value-param)
{
    m_current = {};
    m_lock.reset(); // unlocks
    m_running = false;
    emit finished(summary);
}

} // namespace tidings

#include "OutboxService.h"

#include "net/Reachability.h"

#include "CommentSender.h"
#include "net/Fetcher.h"
#include "storage/Store.h"
#include "util/Futures.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>

Q_LOGGING_CATEGORY(lcOutboxService, "tidings.outbox.service")

namespace tidings {
namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

OutboxService::OutboxService(OutboxSync::StoreRunner runner, Options options, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_options(std::move(options))
    , m_sync(new OutboxSync(std::move(runner), m_options.sync))
{
    qRegisterMetaType<OutboxSummary>();
    m_networkThread.setObjectName(u"tidings-outbox"_qs);
    m_sync->moveToThread(&m_networkThread);
    connect(&m_networkThread, &QThread::finished, m_sync, &QObject::deleteLater);
    // The checker's manager is its child, so both move to the network thread before either is used.
    QNetworkAccessManager *network = Fetcher::makeNetworkAccessManager(nullptr);
    m_checker = new CommentSender(network, m_options.sync.send);
    network->setParent(m_checker);
    m_checker->moveToThread(&m_networkThread);
    connect(&m_networkThread, &QThread::finished, m_checker, &QObject::deleteLater);

    connect(m_sync, &OutboxSync::itemChanged, this, &OutboxService::itemChanged);
    connect(m_sync, &OutboxSync::finished, this, &OutboxService::passDone);
    connect(m_checker, &CommentSender::checked, this,
            [this](qint64 articleId, bool open, const QString &note, const QString &error) {
                if (!error.isEmpty()) {
                    emit commentsChecked(articleId, open, note, error);
                    return;
                }
                onStore<bool>(
                        [articleId, open, note](Store &store) {
                            return Outbox(store.database()).setCommentsOpen(articleId, open, note);
                        },
                        [this, articleId, open, note](bool stored) {
                            emit commentsChecked(articleId, open, note,
                                                 stored ? QString()
                                                        : tr("Whether the site takes comments could not be stored."));
                        });
            });
    m_networkThread.start();

    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_nextPassAt = 0;
        sendNow();
    });

    followReachability(this, [this](bool online) { setOnline(online); });
}

OutboxService::~OutboxService()
{
    m_networkThread.quit();
    m_networkThread.wait();
}

QString OutboxService::lockPathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"outbox.lock"_qs);
}

template<typename Result>
QFuture<Result> OutboxService::onStore(std::function<Result(Store &)> job, std::function<void(const Result &)> after)
{
    // The caller's future is finished here, on this object's thread, after `after` has run: a
    // change is stored, then counted and sent, then reported.
    auto stored = std::make_shared<QPromise<Result>>();
    auto reported = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = reported->future();
    stored->start();
    reported->start();
    whenReady(stored->future(), this, [after = std::move(after), reported](const Result &result) {
        if (after)
            after(result);
        reported->addResult(result);
        reported->finish();
    });
    m_runner([stored, job = std::move(job)](Store &store) {
        stored->addResult(job(store));
        stored->finish();
    });
    return future;
}

void OutboxService::start()
{
    m_started = true;
    updateCount();
    sendNow();
}

QFuture<OutboxService::QueueResult> OutboxService::queue(const NewComment &comment)
{
    return onStore<QueueResult>(
            [comment](Store &store) {
                Outbox outbox(store.database());
                QueueResult result;
                result.item = outbox.queue(comment, nowSeconds());
                if (!result.item)
                    result.error = outbox.error();
                return result;
            },
            [this](const QueueResult &result) {
                if (result.item)
                    changed(result.item->id);
            });
}

QFuture<QString> OutboxService::edit(qint64 outboxId, const NewComment &changedComment)
{
    return onStore<QString>(
            [outboxId, changedComment](Store &store) {
                Outbox outbox(store.database());
                return outbox.edit(outboxId, changedComment, nowSeconds()) ? QString() : outbox.error();
            },
            [this, outboxId](const QString &error) {
                if (error.isEmpty())
                    changed(outboxId);
            });
}

QFuture<QString> OutboxService::cancel(qint64 outboxId)
{
    return onStore<QString>(
            [outboxId](Store &store) {
                Outbox outbox(store.database());
                return outbox.cancel(outboxId) ? QString() : outbox.error();
            },
            [this, outboxId](const QString &error) {
                if (error.isEmpty())
                    changed(outboxId);
            });
}

QFuture<QString> OutboxService::retryNow(qint64 outboxId)
{
    return onStore<QString>(
            [outboxId](Store &store) {
                Outbox outbox(store.database());
                return outbox.retryNow(outboxId, nowSeconds()) ? QString() : outbox.error();
            },
            [this, outboxId](const QString &error) {
                if (error.isEmpty())
                    changed(outboxId);
            });
}

void OutboxService::changed(qint64 outboxId)
{
    emit itemChanged(outboxId);
    updateCount();
    sendNow();
}

void OutboxService::sendNow()
{
    if (!m_started || !m_online)
        return;
    if (m_running) {
        m_passWanted = true;
        return;
    }
    m_running = true;
    m_passWanted = false;
    QMetaObject::invokeMethod(m_sync, [sync = m_sync] { sync->start(); });
}

void OutboxService::passDone(const OutboxSummary &summary)
{
    m_running = false;
    if (!summary.error.isEmpty())
        qCWarning(lcOutboxService) << "outbox:" << summary.error;
    // The next pass is settled before anyone hears of this one.
    if (m_passWanted) {
        sendNow();
    } else if (summary.busy) {
        scheduleAt(nowSeconds() + qMax(1, m_options.busyRetryMs / 1000));
    } else if (summary.nextAttemptAt > 0) {
        scheduleAt(summary.nextAttemptAt);
    }
    emit passFinished(summary);
    updateCount();
}

void OutboxService::scheduleAt(qint64 secondsSinceEpoch)
{
    // A comment is due once the clock reaches its second: the timer fires just after that.
    const qint64 ms = qMax<qint64>(0, secondsSinceEpoch * 1000 - QDateTime::currentMSecsSinceEpoch()) + 50;
    m_nextPassAt = secondsSinceEpoch;
    m_retryTimer.start(int(qMin<qint64>(ms, qint64(24) * 3600 * 1000)));
}

void OutboxService::updateCount()
{
    onStore<qint64>([](Store &store) { return Outbox(store.database()).unpublishedCount(); },
                    [this](qint64 count) {
                        if (count == m_count)
                            return;
                        m_count = count;
                        emit countChanged(count);
                    });
}

void OutboxService::checkComments(qint64 articleId, const QUrl &articlePage)
{
    QMetaObject::invokeMethod(
            m_checker, [checker = m_checker, articleId, articlePage] { checker->check(articleId, articlePage); });
}

void OutboxService::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
    if (online)
        sendNow();
    else {
        m_retryTimer.stop();
        m_nextPassAt = 0;
    }
}

} // namespace tidings

#include "RefreshScheduler.h"

#include "net/Reachability.h"

namespace tidings {

RefreshScheduler::RefreshScheduler(RefreshEngine::StoreRunner runner, RefreshEngine::Options options, QObject *parent)
    : QObject(parent)
    , m_engine(new RefreshEngine(std::move(runner), options))
{
    m_networkThread.setObjectName(u"tidings-network"_qs);
    m_engine->moveToThread(&m_networkThread);
    connect(&m_networkThread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &RefreshEngine::progress, this, &RefreshScheduler::progress);
    connect(m_engine, &RefreshEngine::finished, this, [this](const RefreshSummary &summary) {
        m_refreshing = false;
        emit refreshFinished(summary);
    });
    connect(m_engine, &RefreshEngine::siteAdded, this, [this](const QString &name, const QString &error) {
        emit siteAdded(name, error);
        if (error.isEmpty())
            refreshNow(name);
    });
    m_networkThread.start();
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::check);

    followReachability(this, [this](bool online) { setOnline(online); });
}

RefreshScheduler::~RefreshScheduler()
{
    m_networkThread.quit();
    m_networkThread.wait();
}

void RefreshScheduler::start(int checkIntervalMs)
{
    m_timer.start(checkIntervalMs);
    check();
}

void RefreshScheduler::refreshNow(const QString &siteName)
{
    startEngine(siteName, true);
}

void RefreshScheduler::addSite(const QUrl &url)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, url] { engine->addSite(url); });
}

void RefreshScheduler::setArticleInterval(qint64 seconds)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, seconds] { engine->setArticleInterval(seconds); });
}

void RefreshScheduler::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
    if (online && m_missedWhileOffline) {
        m_missedWhileOffline = false;
        check(); // catch up now rather than at the next tick
    }
}

void RefreshScheduler::check()
{
    if (!m_online) {
        m_missedWhileOffline = true;
        return;
    }
    startEngine({}, false);
}

void RefreshScheduler::startEngine(const QString &siteName, bool force)
{
    if (m_refreshing || !m_online)
        return;
    m_refreshing = true;
    emit refreshStarted();
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, siteName, force] { engine->start(siteName, force); });
}

} // namespace tidings

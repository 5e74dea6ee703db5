#pragma once

#include "RefreshEngine.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace tidings {

// Keeps the app's feeds fresh. Every minute it refreshes whatever is due (each feed's next time is
// its interval, 30 minutes by default or the site's own, with jitter); it pauses while the machine
// is offline and catches up as soon as the network returns. Fetching runs on a network thread of
// its own; parsing and storing on the storage thread the runner leads to.
class RefreshScheduler : public QObject
{
    Q_OBJECT

public:
    RefreshScheduler(RefreshEngine::StoreRunner runner, RefreshEngine::Options options, QObject *parent = nullptr);
    ~RefreshScheduler() override;

    // Starts the periodic checks (and one right away).
    void start(int checkIntervalMs = 60 * 1000);
    // Refreshes everything (or one site) now, due or not: what Refresh all (F5) does.
    void refreshNow(const QString &siteName = {});

    // Adds the site behind url (discovered on the network thread) and refreshes it.
    void addSite(const QUrl &url);
    void setArticleInterval(qint64 seconds);

    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }

public slots:
    // Called from QNetworkInformation; tests call it directly.
    void setOnline(bool online);

signals:
    void progress(int done, int total, const QString &current);
    void refreshStarted();
    void refreshFinished(const tidings::RefreshSummary &summary);
    void onlineChanged(bool online);
    void siteAdded(const QString &name, const QString &error);

private:
    void check();
    void startEngine(const QString &siteName, bool force);

    QThread m_networkThread;
    RefreshEngine *m_engine; // lives on m_networkThread
    QTimer m_timer;
    bool m_online = true;
    bool m_refreshing = false;
    bool m_missedWhileOffline = false;
};

} // namespace tidings

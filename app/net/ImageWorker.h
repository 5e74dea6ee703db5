#pragma once

#include "RemoteImages.h"

#include <QQueue>

class QNetworkAccessManager;

namespace tidings {

// RemoteImages' thread side (private to it): one network manager with its disk cache, a queue, and
// a cap on requests in flight. Everything here runs on the images thread.
class ImageWorker : public QObject
{
    Q_OBJECT

public:
    ImageWorker(QString cacheDir, RemoteImages::Options options);

    void load(const QUrl &url);

signals:
    void loaded(const QUrl &url, const QImage &image);
    void failed(const QUrl &url, const QString &error);

private:
    static constexpr int kMaxInFlight = 6;

    void setUp();
    void startNext();
    void start(const QUrl &url);
    void decode(const QUrl &url, QByteArray bytes);

    QString m_cacheDir;
    RemoteImages::Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    QQueue<QUrl> m_queue;
    int m_inFlight = 0;
};

} // namespace tidings

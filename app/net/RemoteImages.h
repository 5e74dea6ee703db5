#pragma once

#include <QCache>
#include <QCoreApplication>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QUrl>

namespace tidings {

class ImageWorker;

// Remote images for the reader, loaded only when asked (the reader decides by the user's
// preference). Requests, the disk cache and decoding all happen on a thread of their own, so a slow
// or huge image never holds up the window; results come back as signals on the owner's thread.
//
// Every image is capped (bytes fetched, pixels decoded) and only http(s) is fetched. The disk cache
// is used even when its copy is stale: articles are read offline, and an image under a given
// address rarely changes.
class RemoteImages : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 maxBytes = qint64{8} * 1024 * 1024; // larger images are not read
        qint64 maxPixels = qint64{40} * 1000 * 1000; // decompression bombs stop here
        int maxWidth = 1600; // wider images are scaled down while decoding
        int timeoutMs = 20000;
        qint64 diskCacheBytes = qint64{100} * 1024 * 1024;
        int memoryCacheKiB = 64 * 1024; // decoded images kept for articles shown again
    };

    // cacheDir: where the disk cache lives (created when missing); empty for no disk cache.
    explicit RemoteImages(const QString &cacheDir, QObject *parent = nullptr);
    RemoteImages(const QString &cacheDir, Options options, QObject *parent = nullptr);
    ~RemoteImages() override;
    RemoteImages(const RemoteImages &) = delete;
    RemoteImages &operator=(const RemoteImages &) = delete;

    // Asks for an image; loaded() or failed() follows, once for any number of asks while it loads.
    // Returns false (and fetches nothing) for anything but an absolute http(s) URL.
    bool request(const QUrl &url);
    // A decoded image already in memory, else a null image.
    [[nodiscard]] QImage cached(const QUrl &url) const;

signals:
    void loaded(const QUrl &url, const QImage &image);
    void failed(const QUrl &url, const QString &error);

private:
    void onLoaded(const QUrl &url, const QImage &image);
    void onFailed(const QUrl &url, const QString &error);

    QThread m_thread;
    ImageWorker *m_worker; // lives on m_thread
    QCache<QUrl, QImage> m_memory;
    QSet<QUrl> m_pending;
};

} // namespace tidings

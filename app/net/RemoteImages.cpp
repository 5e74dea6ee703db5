#include "RemoteImages.h"

#include "Fetcher.h"
#include "ImageWorker.h"

#include <QBuffer>
#include <QDir>
#include <QImageReader>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>

#include <memory>

Q_LOGGING_CATEGORY(lcImages, "tidings.images")

namespace tidings {

ImageWorker::ImageWorker(QString cacheDir, RemoteImages::Options options)
    : m_cacheDir(std::move(cacheDir))
    , m_options(options)
{ }

void ImageWorker::load(const QUrl &url)
{
    if (!m_network)
        setUp();
    m_queue.enqueue(url);
    startNext();
}

void ImageWorker::setUp()
{
    m_network = Fetcher::makeNetworkAccessManager(this);
    // Images may be redirected (CDNs do), but never from HTTPS down to HTTP.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_cacheDir.isEmpty() && QDir().mkpath(m_cacheDir)) {
        auto *cache = new QNetworkDiskCache(m_network);
        cache->setCacheDirectory(m_cacheDir);
        cache->setMaximumCacheSize(m_options.diskCacheBytes);
        m_network->setCache(cache);
    }
}

void ImageWorker::startNext()
{
    while (m_inFlight < kMaxInFlight && !m_queue.isEmpty())
        start(m_queue.dequeue());
}

void ImageWorker::start(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, Fetcher::userAgent());
    request.setRawHeader("Accept", "image/png, image/jpeg, image/gif, image/webp, image/*;q=0.8");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    QNetworkReply *reply = m_network->get(request);
    ++m_inFlight;

    auto body = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 maxBytes = m_options.maxBytes;
    auto abortWhenTooLarge = [reply, tooLarge](bool large) {
        if (large && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [=] { abortWhenTooLarge(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > maxBytes); });
    connect(reply, &QNetworkReply::readyRead, this, [=] {
        *body += reply->readAll();
        abortWhenTooLarge(body->size() > maxBytes);
    });
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        --m_inFlight;
        if (*tooLarge) {
            emit failed(url,
                        RemoteImages::tr("the image is larger than %1").arg(QLocale().formattedDataSize(maxBytes)));
        } else if (reply->error() != QNetworkReply::NoError) {
            emit failed(url, replyErrorText(reply, m_options.timeoutMs));
        } else {
            *body += reply->readAll();
            decode(url, *body);
        }
        startNext();
    });
}

void ImageWorker::decode(const QUrl &url, QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > m_options.maxPixels) {
        emit failed(url,
                    RemoteImages::tr("the image is too large to show (%1 × %2)").arg(size.width()).arg(size.height()));
        return;
    }
    if (size.isValid() && size.width() > m_options.maxWidth)
        reader.setScaledSize(size.scaled(m_options.maxWidth, size.height(), Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        emit failed(url, RemoteImages::tr("not an image that can be shown: %1").arg(reader.errorString()));
        return;
    }
    emit loaded(url, image);
}

RemoteImages::RemoteImages(const QString &cacheDir, QObject *parent)
    : RemoteImages(cacheDir, Options{}, parent)
{ }

RemoteImages::RemoteImages(const QString &cacheDir, Options options, QObject *parent)
    : QObject(parent)
    , m_worker(new ImageWorker(cacheDir, options))
    , m_memory(options.memoryCacheKiB)
{
    m_thread.setObjectName(u"images"_qs);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImageWorker::loaded, this, &RemoteImages::onLoaded);
    connect(m_worker, &ImageWorker::failed, this, &RemoteImages::onFailed);
    m_thread.start();
}

RemoteImages::~RemoteImages()
{
    m_thread.quit();
    m_thread.wait();
}

bool RemoteImages::request(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return false;
    if (m_pending.contains(url))
        return true;
    if (const QImage *image = m_memory.object(url)) {
        // Answered from the event loop, as a load would be: callers need not handle it inline.
        const QImage copy = *image;
        QMetaObject::invokeMethod(
                this, [this, url, copy] { emit loaded(url, copy); }, Qt::QueuedConnection);
        return true;
    }
    m_pending.insert(url);
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, url] { worker->load(url); }, Qt::QueuedConnection);
    return true;
}

QImage RemoteImages::cached(const QUrl &url) const
{
    const QImage *image = m_memory.object(url);
    return image ? *image : QImage();
}

void RemoteImages::onLoaded(const QUrl &url, const QImage &image)
{
    m_pending.remove(url);
    m_memory.insert(url, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() / 1024));
    emit loaded(url, image);
}

void RemoteImages::onFailed(const QUrl &url, const QString &error)
{
    m_pending.remove(url);
    qCInfo(lcImages) << "image" << url.toDisplayString() << "not loaded:" << error;
    emit failed(url, error);
}

} // namespace tidings

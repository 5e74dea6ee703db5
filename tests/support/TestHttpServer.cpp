#include "TestHttpServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

#include <memory>
#include <utility>

namespace tidings::test {

namespace {

// Hands out sockets that speak TLS with the given certificate; what they read is already decrypted.
class TlsServer : public QTcpServer
{
public:
    TlsServer(QSslCertificate certificate, QSslKey key, QObject *parent)
        : QTcpServer(parent)
        , m_certificate(std::move(certificate))
        , m_key(std::move(key))
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        addPendingConnection(socket);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
{ }

void TestHttpServer::serve(QTcpServer *server)
{
    m_server = server;
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_peakConnections = qMax(m_peakConnections, ++m_openConnections);
            // Counted closed at the first of the two: a socket is deleted only a turn of the event loop
            // after it closed, and one that never connected fully may be deleted without closing.
            auto counted = std::make_shared<bool>(true);
            auto closed = [this, counted] {
                if (std::exchange(*counted, false))
                    --m_openConnections;
            };
            connect(socket, &QTcpSocket::disconnected, this, closed);
            connect(socket, &QObject::destroyed, this, closed);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        }
    });
}

bool TestHttpServer::listen(const QString &loopbackAddress)
{
    const QHostAddress address(loopbackAddress);
    if (m_server || !address.isLoopback())
        return false; // once; and tests talk to this machine only
    serve(new QTcpServer(this));
    return m_server->listen(address, 0);
}

bool TestHttpServer::listenTls(const QString &certificatePath, const QString &keyPath)
{
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (m_server || !certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QSslCertificate certificate(&certificateFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull() || !QSslSocket::supportsSsl())
        return false;
    m_tls = true;
    serve(new TlsServer(certificate, key, this));
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::url(const QString &path) const
{
    if (!m_server)
        return {};
    return QUrl(u"%1://%2:%3%4"_qs.arg(m_tls ? u"https"_qs : u"http"_qs, m_server->serverAddress().toString())
                        .arg(m_server->serverPort())
                        .arg(path));
}

QList<RecordedRequest> TestHttpServer::requestsFor(const QByteArray &path) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest &r : m_requests) {
        if (r.path == path)
            matching.append(r);
    }
    return matching;
}

void TestHttpServer::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    RecordedRequest request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    // A request with a body is answered once all of it has arrived.
    const qint64 length = request.headers.value("content-length").toLongLong();
    if (buffer.size() - (end + 4) < length)
        return;
    request.body = buffer.mid(end + 4, length);
    buffer.clear();
    m_requests.append(request);
    const QByteArray routePath = request.path.split('?').value(0);
    const auto handler = m_routes.constFind(m_routes.contains(request.path) ? request.path : routePath);
    TestResponse response;
    if (handler == m_routes.cend()) {
        response.status = 404;
        response.reason = "Not Found";
        response.body = "no such page";
    } else {
        response = (*handler)(request);
    }
    m_peakConcurrency = qMax(m_peakConcurrency, ++m_open);
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, [this, socket, response] { respond(socket, response); });
    else
        respond(socket, response);
}

void TestHttpServer::respond(QTcpSocket *socket, const TestResponse &response)
{
    if (response.dropConnection) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    const qint64 length = response.fillerBytes >= 0 ? response.fillerBytes : response.body.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    bool hasType = false;
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        hasType = hasType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType)
        head += "Content-Type: application/rss+xml; charset=utf-8\r\n";
    if (response.sendLength)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);

    if (response.fillerBytes >= 0) {
        // Large bodies go out a chunk at a time, as the socket drains.
        auto remaining = std::make_shared<qint64>(response.fillerBytes);
        auto writeMore = [socket, remaining] {
            static const QByteArray chunk(1 << 20, 'x');
            while (*remaining > 0 && socket->bytesToWrite() < (4 << 20)) {
                const qint64 n = qMin<qint64>(*remaining, chunk.size());
                socket->write(chunk.constData(), n);
                *remaining -= n;
            }
            if (*remaining == 0)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, writeMore);
        writeMore();
        return;
    }
    if (response.dripIntervalMs > 0) {
        auto sent = std::make_shared<qsizetype>(0);
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body = response.body] {
            if (*sent >= body.size() || socket->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(body.constData() + *sent, 1);
            ++*sent;
        });
        timer->start(response.dripIntervalMs);
        return;
    }
    if (response.closeAfterBytes >= 0) {
        socket->write(response.body.left(response.closeAfterBytes));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(response.body);
    socket->disconnectFromHost();
}

QByteArray TestHttpServer::gzip(const QByteArray &data)
{
    z_stream stream{};
    // 15 window bits + 16: a gzip header rather than zlib's.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace tidings::test

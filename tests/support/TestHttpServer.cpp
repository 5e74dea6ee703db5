#include "TestHttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

namespace tidings::test {

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        }
    });
}

bool TestHttpServer::listen(const QString &loopbackAddress)
{
    const QHostAddress address(loopbackAddress);
    if (!address.isLoopback())
        return false; // tests talk to this machine only
    return m_server->listen(address, 0);
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(u"http://%1:%2%3"_qs.arg(m_server->serverAddress().toString()).arg(m_server->serverPort()).arg(path));
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
    buffer.clear();
    RecordedRequest request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
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

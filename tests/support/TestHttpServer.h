#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace tidings::test {

struct RecordedRequest
{
    QByteArray method;
    QByteArray path; // with the query
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

struct TestResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // answer only after this long
    qint64 closeAfterBytes = -1; // send this much of the body, then close the connection
    qint64 fillerBytes = -1; // send this many bytes of filler instead of body (large responses)
    bool sendLength = true; // false: no Content-Length, the body ends when the connection closes
    bool dropConnection = false; // read the request, then close the connection without an answer
    int dripIntervalMs = 0; // send the body one byte at a time, this long apart (a server that drips)
};

// An HTTP/1.1 server on 127.0.0.1, port 0, for tests: answers each path as told and records every
// request it receives so a test can assert on what was sent. One request per connection.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<TestResponse(const RecordedRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    // On 127.0.0.1 (or another loopback address, for tests that need several hosts), port 0.
    [[nodiscard]] bool listen(const QString &loopbackAddress = u"127.0.0.1"_qs);
    // HTTPS instead, on 127.0.0.1, with this PEM certificate and RSA key (tests/fixtures has one
    // that clients can be told to trust). Call one of the two listens, once.
    [[nodiscard]] bool listenTls(const QString &certificatePath, const QString &keyPath);
    [[nodiscard]] QUrl url(const QString &path) const;

    void route(const QByteArray &path, Handler handler) { m_routes.insert(path, std::move(handler)); }
    void route(const QByteArray &path, const TestResponse &response)
    {
        m_routes.insert(path, [response](const RecordedRequest &) { return response; });
    }

    [[nodiscard]] const QList<RecordedRequest> &requests() const { return m_requests; }
    [[nodiscard]] QList<RecordedRequest> requestsFor(const QByteArray &path) const;
    void clearRequests() { m_requests.clear(); }

    // The most requests that were ever being answered at the same time.
    [[nodiscard]] int peakConcurrency() const { return m_peakConcurrency; }
    // The most connections that were ever open at the same time, from accepting one to its close (or,
    // for one that never closed, its deletion). Every connection is open here for less time than the
    // client has it open, so a peak above a client's limit means the client broke it.
    [[nodiscard]] int peakConnections() const { return m_peakConnections; }
    // Starts the count of peakConnections() afresh from the connections open now.
    void resetPeakConnections() { m_peakConnections = m_openConnections; }

    [[nodiscard]] static QByteArray gzip(const QByteArray &data);

private:
    void serve(QTcpServer *server);
    void onReadable(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const TestResponse &response);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QHash<QByteArray, Handler> m_routes;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_open = 0;
    int m_peakConcurrency = 0;
    int m_openConnections = 0;
    int m_peakConnections = 0;
};

} // namespace tidings::test

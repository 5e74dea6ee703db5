#pragma once

#include "TestHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tidings::test {

// A Google Reader API service on 127.0.0.1 for tests, answering as FreshRSS's greader.php documents:
// ClientLogin, the action token, subscription and tag lists, item ids with continuations, item contents
// by long or short id, edit-tag, subscription/edit and mark-all-as-read. Its state (feeds, folders,
// items and their flags) lives in this object; a test changes it "on another device" through the
// methods below and counts the calls a client made.
class GReaderTestServer : public QObject
{
    Q_OBJECT

public:
    struct Feed
    {
        QString id; // "feed/7"
        QString title;
        QString url;
        QString siteUrl;
        QString folder; // a label name; empty: in no folder
    };

    struct Item
    {
        quint64 id = 0;
        QString feedId;
        QString title;
        QString link;
        QString author;
        QString content;
        qint64 published = 0; // Unix seconds
        qint64 crawlTimeMsec = 0; // when the service stored it
        bool read = false;
        bool starred = false;
    };

    // How stream/items/ids writes an id: FreshRSS and Miniflux give the short decimal form; some
    // services give the long form; and decimal ids are signed 64-bit numbers in some of them.
    enum class IdForm { Decimal, SignedDecimal, Long };

    GReaderTestServer(QString user, QString password, QObject *parent = nullptr);

    [[nodiscard]] bool listen();
    // What a user types into a client: the API's base, as FreshRSS shows it under "Your API address".
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] TestHttpServer &http() { return m_http; }

    void setPassword(const QString &password) { m_password = password; }
    // FreshRSS with API access switched off (Administration, Authentication) answers every call with
    // 503 "Service Unavailable!".
    void setApiEnabled(bool on) { m_apiEnabled = on; }
    void setIdForm(IdForm form) { m_idForm = form; }
    // FreshRSS answers every 401 with the bad-token header, an expired login as much as an expired
    // token: a client cannot tell them apart by the header.
    void setBadTokenHeaderOnEvery401(bool on) { m_badTokenOnEvery401 = on; }
    // Miniflux names labels with the user's number ("user/1/label/Tech") where FreshRSS writes "-".
    void setUserNumberInLabels(bool on) { m_userNumberInLabels = on; }
    // The largest n= that stream/items/ids honours.
    void setMaxIdsPerPage(int n) { m_maxIdsPerPage = n; }

    void addFolder(const QString &name);
    // Answers the new feed's id.
    QString addFeed(const QString &title, const QString &url, const QString &folder = {});
    // Answers the new item's id. crawlTimeSeconds orders items as the service stored them.
    quint64 addItem(const QString &feedId, const QString &title, qint64 crawlTimeSeconds, quint64 id = 0);

    // "Another device" changes a flag.
    void setRead(quint64 id, bool read);
    void setStarred(quint64 id, bool starred);

    // The current login and the current action token stop working; a new ClientLogin or token call
    // gives working ones.
    void expireAuth();
    void expireToken();
    // The next request to this endpoint (path after the base, e.g. "reader/api/0/subscription/list")
    // gets this answer instead, once.
    void failNext(const QByteArray &endpoint, const TestResponse &response);

    // Requests to this endpoint so far.
    [[nodiscard]] int calls(const QByteArray &endpoint) const { return m_calls.value(endpoint); }
    // The i= values of every edit-tag call, one list per call.
    [[nodiscard]] const QList<QStringList> &editTagIds() const { return m_editTagIds; }
    // The fields of every subscription/edit call that got past authentication, "name=value" in the order
    // sent (the action token left out), one list per call.
    [[nodiscard]] const QList<QStringList> &subscriptionEdits() const { return m_subscriptionEdits; }

    [[nodiscard]] QList<Feed> feeds() const { return m_feeds; }
    [[nodiscard]] QStringList folders() const { return m_folders; }
    [[nodiscard]] const Item *item(quint64 id) const;
    [[nodiscard]] static QString longId(quint64 id);

private:
    // Query and form fields in the order sent; a name may repeat (i=...&i=...).
    struct Params
    {
        QList<QPair<QString, QString>> fields;
        [[nodiscard]] QString value(const QString &name, const QString &fallback = {}) const;
        [[nodiscard]] QStringList values(const QString &name) const;
    };
    using Handler = TestResponse (GReaderTestServer::*)(const Params &);

    void route(const QByteArray &endpoint, Handler handler, bool needsAuth, bool changesState);
    TestResponse unauthorized(bool badToken) const;
    [[nodiscard]] QString labelId(const QString &name) const;
    [[nodiscard]] QString folderFromLabel(const QString &label) const;
    Feed *feedById(const QString &id);
    Item *itemByAnyId(const QString &id);

    TestResponse clientLogin(const Params &params);
    TestResponse token(const Params &params);
    TestResponse userInfo(const Params &params);
    TestResponse subscriptionList(const Params &params);
    TestResponse tagList(const Params &params);
    TestResponse itemIds(const Params &params);
    TestResponse itemContents(const Params &params);
    TestResponse editTag(const Params &params);
    TestResponse subscriptionEdit(const Params &params);
    TestResponse markAllAsRead(const Params &params);

    TestHttpServer m_http;
    QString m_user;
    QString m_password;
    int m_authGeneration = 1;
    int m_tokenGeneration = 1;
    IdForm m_idForm = IdForm::Decimal;
    bool m_apiEnabled = true;
    bool m_badTokenOnEvery401 = false;
    bool m_userNumberInLabels = false;
    int m_maxIdsPerPage = 10000;
    int m_nextFeed = 1;
    quint64 m_nextItem = 1700000000000000; // FreshRSS's ids are the microsecond a feed's item was stored
    QStringList m_folders;
    QList<Feed> m_feeds;
    QList<Item> m_items;
    QHash<QByteArray, int> m_calls;
    QHash<QByteArray, TestResponse> m_failNext;
    QList<QStringList> m_editTagIds;
    QList<QStringList> m_subscriptionEdits;
};

} // namespace tidings::test

#include "GReaderTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tidings::test {

namespace {

const QByteArray kBase = "/api/greader.php/";
const QString kItemPrefix = QStringLiteral("tag:google.com,2005:reader/item/");
const QString kReadingList = QStringLiteral("user/-/state/com.google/reading-list");
const QString kRead = QStringLiteral("user/-/state/com.google/read");
const QString kStarred = QStringLiteral("user/-/state/com.google/starred");

// application/x-www-form-urlencoded, as PHP reads it: '+' is a space, and a name may repeat (i=...&i=...).
void addFormFields(const QByteArray &encoded, QList<QPair<QString, QString>> &fields)
{
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray part) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
        };
        fields.append({decode(pair.left(eq < 0 ? pair.size() : eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
}

TestResponse text(const QByteArray &body, int status = 200, const QByteArray &reason = "OK")
{
    TestResponse r;
    r.status = status;
    r.reason = reason;
    r.headers = {{"Content-Type", "text/plain; charset=UTF-8"}};
    r.body = body;
    return r;
}

TestResponse json(const QJsonObject &object)
{
    TestResponse r;
    r.headers = {{"Content-Type", "application/json; charset=UTF-8"}};
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

TestResponse badRequest()
{
    return text("Bad Request!", 400, "Bad Request");
}

} // namespace

QString GReaderTestServer::Params::value(const QString &name, const QString &fallback) const
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return fallback;
}

QStringList GReaderTestServer::Params::values(const QString &name) const
{
    QStringList all;
    for (const auto &[key, value] : fields) {
        if (key == name)
            all.append(value);
    }
    return all;
}

GReaderTestServer::GReaderTestServer(QString user, QString password, QObject *parent)
    : QObject(parent)
    , m_user(std::move(user))
    , m_password(std::move(password))
{
    route("accounts/ClientLogin", &GReaderTestServer::clientLogin, false, false);
    route("reader/api/0/token", &GReaderTestServer::token, true, false);
    route("reader/api/0/user-info", &GReaderTestServer::userInfo, true, false);
    route("reader/api/0/subscription/list", &GReaderTestServer::subscriptionList, true, false);
    route("reader/api/0/tag/list", &GReaderTestServer::tagList, true, false);
    route("reader/api/0/stream/items/ids", &GReaderTestServer::itemIds, true, false);
    // A read, but POSTed for its many i=: Miniflux takes T for the login on every POST, so clients send it.
    route("reader/api/0/stream/items/contents", &GReaderTestServer::itemContents, true, false);
    route("reader/api/0/edit-tag", &GReaderTestServer::editTag, true, true);
    route("reader/api/0/subscription/edit", &GReaderTestServer::subscriptionEdit, true, true);
    route("reader/api/0/mark-all-as-read", &GReaderTestServer::markAllAsRead, true, true);
}

bool GReaderTestServer::listen()
{
    return m_http.listen();
}

QUrl GReaderTestServer::baseUrl() const
{
    return m_http.url(u"/api/greader.php"_qs);
}

QString GReaderTestServer::longId(quint64 id)
{
    return kItemPrefix + u"%1"_qs.arg(id, 16, 16, QLatin1Char('0'));
}

void GReaderTestServer::route(const QByteArray &endpoint, Handler handler, bool needsAuth, bool changesState)
{
    m_http.route(kBase + endpoint, [=, this](const RecordedRequest &request) {
        ++m_calls[endpoint];
        if (!m_apiEnabled)
            return text("Service Unavailable!", 503, "Service Unavailable");
        if (const auto failure = m_failNext.constFind(endpoint); failure != m_failNext.cend()) {
            TestResponse response = *failure;
            m_failNext.erase(failure);
            return response;
        }
        Params params;
        const qsizetype question = request.path.indexOf('?');
        if (question >= 0)
            addFormFields(request.path.mid(question + 1), params.fields);
        if (request.method == "POST")
            addFormFields(request.body, params.fields);
        if (needsAuth) {
            const QByteArray expected
                    = "GoogleLogin auth=" + QByteArray::number(m_authGeneration) + '/' + m_user.toUtf8() + "/secret";
            if (request.headers.value("authorization") != expected)
                return unauthorized(m_badTokenOnEvery401);
        }
        if (changesState) {
            if (request.method != "POST")
                return text("Method Not Allowed", 405, "Method Not Allowed");
            if (params.value(u"T"_qs) != u"token-%1"_qs.arg(m_tokenGeneration).leftJustified(57, u'Z'))
                return unauthorized(true);
        }
        return (this->*handler)(params);
    });
}

TestResponse GReaderTestServer::unauthorized(bool badToken) const
{
    TestResponse r = text("Unauthorized!", 401, "Unauthorized");
    if (badToken)
        r.headers.append(qMakePair(QByteArray("X-Reader-Google-Bad-Token"), QByteArray("true")));
    return r;
}

void GReaderTestServer::addFolder(const QString &name)
{
    if (!m_folders.contains(name))
        m_folders.append(name);
}

QString GReaderTestServer::addFeed(const QString &title, const QString &url, const QString &folder)
{
    if (!folder.isEmpty())
        addFolder(folder);
    Feed feed{u"feed/%1"_qs.arg(m_nextFeed++), title, url, QUrl(url).resolved(QUrl(u"/"_qs)).toString(), folder};
    m_feeds.append(feed);
    return feed.id;
}

quint64 GReaderTestServer::addItem(const QString &feedId, const QString &title, qint64 crawlTimeSeconds, quint64 id)
{
    Item item;
    item.id = id != 0 ? id : m_nextItem++;
    item.feedId = feedId;
    item.title = title;
    item.link = u"https://site.example/%1"_qs.arg(item.id);
    item.author = u"Ada"_qs;
    item.content = u"<p>%1</p>"_qs.arg(title.toHtmlEscaped());
    item.published = crawlTimeSeconds - 60;
    item.crawlTimeMsec = crawlTimeSeconds * 1000;
    m_items.append(item);
    return item.id;
}

void GReaderTestServer::setRead(quint64 id, bool read)
{
    if (Item *i = itemByAnyId(QString::number(id)))
        i->read = read;
}

void GReaderTestServer::setStarred(quint64 id, bool starred)
{
    if (Item *i = itemByAnyId(QString::number(id)))
        i->starred = starred;
}

void GReaderTestServer::expireAuth()
{
    ++m_authGeneration;
}

void GReaderTestServer::expireToken()
{
    ++m_tokenGeneration;
}

void GReaderTestServer::failNext(const QByteArray &endpoint, const TestResponse &response)
{
    m_failNext.insert(endpoint, response);
}

const GReaderTestServer::Item *GReaderTestServer::item(quint64 id) const
{
    for (const Item &i : m_items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

QString GReaderTestServer::labelId(const QString &name) const
{
    return (m_userNumberInLabels ? u"user/1/label/"_qs : u"user/-/label/"_qs) + name;
}

QString GReaderTestServer::folderFromLabel(const QString &label) const
{
    // "user/-/label/NAME", or with the user's name or number in place of "-".
    const QStringList parts = label.split(u'/');
    if (parts.size() < 4 || parts[0] != u"user" || parts[2] != u"label")
        return {};
    return parts.mid(3).join(u'/');
}

GReaderTestServer::Feed *GReaderTestServer::feedById(const QString &id)
{
    for (Feed &f : m_feeds) {
        // FreshRSS takes "feed/7" and also "feed/URL", as Google Reader named feeds.
        if (f.id == id || u"feed/"_qs + f.url == id)
            return &f;
    }
    return nullptr;
}

GReaderTestServer::Item *GReaderTestServer::itemByAnyId(const QString &id)
{
    bool ok = false;
    quint64 number = 0;
    if (id.startsWith(kItemPrefix)) {
        number = id.mid(kItemPrefix.size()).toULongLong(&ok, 16);
    } else {
        number = id.toULongLong(&ok, 10);
        if (!ok)
            number = quint64(id.toLongLong(&ok, 10));
    }
    if (!ok)
        return nullptr;
    for (Item &i : m_items) {
        if (i.id == number)
            return &i;
    }
    return nullptr;
}

TestResponse GReaderTestServer::clientLogin(const Params &params)
{
    if (params.value(u"Email"_qs) != m_user || params.value(u"Passwd"_qs) != m_password) {
        TestResponse r = text("Error=BadAuthentication\n", 401, "Unauthorized");
        if (m_badTokenOnEvery401)
            r.headers.append(qMakePair(QByteArray("X-Reader-Google-Bad-Token"), QByteArray("true")));
        return r;
    }
    const QByteArray auth = QByteArray::number(m_authGeneration) + '/' + m_user.toUtf8() + "/secret";
    return text("SID=" + auth + "\nLSID=null\nAuth=" + auth + "\n");
}

// NOLINTNEXTLINE(readability-make-member-function-const): every handler has the one Handler type
TestResponse GReaderTestServer::token(const Params & /*params*/)
{
    return text(u"token-%1"_qs.arg(m_tokenGeneration).leftJustified(57, u'Z').toUtf8() + '\n');
}

TestResponse GReaderTestServer::userInfo(const Params & /*params*/)
{
    return json(QJsonObject{{u"userId"_qs, m_user},
                            {u"userName"_qs, m_user},
                            {u"userProfileId"_qs, m_user},
                            {u"userEmail"_qs, QString(m_user + u"@example.org"_qs)}});
}

TestResponse GReaderTestServer::subscriptionList(const Params & /*params*/)
{
    QJsonArray subscriptions;
    for (const Feed &f : std::as_const(m_feeds)) {
        QJsonArray categories;
        if (!f.folder.isEmpty())
            categories.append(QJsonObject{{u"id"_qs, labelId(f.folder)}, {u"label"_qs, f.folder}});
        subscriptions.append(QJsonObject{{u"id"_qs, f.id},
                                         {u"title"_qs, f.title},
                                         {u"categories"_qs, categories},
                                         {u"url"_qs, f.url},
                                         {u"htmlUrl"_qs, f.siteUrl},
                                         {u"iconUrl"_qs, QString()}});
    }
    return json({{u"subscriptions"_qs, subscriptions}});
}

TestResponse GReaderTestServer::tagList(const Params & /*params*/)
{
    QJsonArray tags{QJsonObject{{u"id"_qs, kStarred}}};
    for (const QString &folder : std::as_const(m_folders))
        tags.append(QJsonObject{{u"id"_qs, labelId(folder)}, {u"type"_qs, u"folder"_qs}});
    // A FreshRSS label: a tag put on articles, not a folder of feeds.
    tags.append(QJsonObject{{u"id"_qs, labelId(u"Later"_qs)}, {u"type"_qs, u"tag"_qs}, {u"unread_count"_qs, 0}});
    return json({{u"tags"_qs, tags}});
}

TestResponse GReaderTestServer::itemIds(const Params &params)
{
    const QString stream = params.value(u"s"_qs);
    const QString exclude = params.value(u"xt"_qs);
    const qint64 oldest = params.value(u"ot"_qs).toLongLong();
    const int n = std::clamp(params.value(u"n"_qs, u"20"_qs).toInt(), 1, m_maxIdsPerPage);
    const bool oldestFirst = params.value(u"r"_qs) == u"o";
    // FreshRSS's continuation is the last id sent; an offset (as Miniflux gives) would do as well here.
    const int offset = params.value(u"c"_qs).toInt();
    if (stream != kReadingList && stream != kStarred && !stream.startsWith(u"feed/"))
        return badRequest();

    QList<const Item *> matching;
    for (const Item &i : std::as_const(m_items)) {
        if (stream == kStarred && !i.starred)
            continue;
        if (stream.startsWith(u"feed/") && i.feedId != stream)
            continue;
        if ((exclude == kRead && i.read) || (exclude == kStarred && i.starred))
            continue;
        if (oldest > 0 && i.crawlTimeMsec / 1000 < oldest)
            continue;
        matching.append(&i);
    }
    std::sort(matching.begin(), matching.end(), [oldestFirst](const Item *a, const Item *b) {
        const auto ka = std::pair(a->crawlTimeMsec, a->id);
        const auto kb = std::pair(b->crawlTimeMsec, b->id);
        return oldestFirst ? ka < kb : kb < ka;
    });

    QJsonArray refs;
    for (qsizetype k = offset; k < matching.size() && k < offset + n; ++k) {
        const Item *i = matching[k];
        QString id;
        switch (m_idForm) {
        case IdForm::Decimal:
            id = QString::number(i->id);
            break;
        case IdForm::SignedDecimal:
            id = QString::number(qint64(i->id));
            break;
        case IdForm::Long:
            id = longId(i->id);
            break;
        }
        refs.append(QJsonObject{{u"id"_qs, id},
                                {u"directStreamIds"_qs, QJsonArray{i->feedId}},
                                {u"timestampUsec"_qs, QString::number(i->crawlTimeMsec * 1000)}});
    }
    QJsonObject answer{{u"itemRefs"_qs, refs}};
    if (offset + n < matching.size())
        answer.insert(u"continuation"_qs, QString::number(offset + n));
    return json(answer);
}

TestResponse GReaderTestServer::itemContents(const Params &params)
{
    QJsonArray items;
    for (const QString &id : params.values(u"i"_qs)) {
        const Item *i = itemByAnyId(id);
        if (!i)
            continue; // FreshRSS leaves out what it no longer has
        const Feed *feed = feedById(i->feedId);
        QJsonArray categories{kReadingList};
        if (feed && !feed->folder.isEmpty())
            categories.append(labelId(feed->folder));
        if (i->read)
            categories.append(m_userNumberInLabels ? u"user/1/state/com.google/read"_qs : kRead);
        if (i->starred)
            categories.append(m_userNumberInLabels ? u"user/1/state/com.google/starred"_qs : kStarred);
        items.append(QJsonObject{
                {u"id"_qs, longId(i->id)},
                {u"crawlTimeMsec"_qs, QString::number(i->crawlTimeMsec)},
                {u"timestampUsec"_qs, QString::number(i->crawlTimeMsec * 1000)},
                {u"published"_qs, i->published},
                {u"title"_qs, i->title},
                {u"summary"_qs, QJsonObject{{u"content"_qs, i->content}}},
                {u"alternate"_qs, QJsonArray{QJsonObject{{u"href"_qs, i->link}}}},
                {u"categories"_qs, categories},
                {u"origin"_qs, QJsonObject{{u"streamId"_qs, i->feedId}, {u"title"_qs, feed ? feed->title : QString()}}},
                {u"author"_qs, i->author},
        });
    }
    return json({{u"id"_qs, kReadingList}, {u"updated"_qs, 1700000000}, {u"items"_qs, items}});
}

TestResponse GReaderTestServer::editTag(const Params &params)
{
    const QStringList ids = params.values(u"i"_qs);
    if (ids.isEmpty())
        return badRequest();
    m_editTagIds.append(ids);
    const QString add = params.value(u"a"_qs);
    const QString remove = params.value(u"r"_qs);
    for (const QString &id : std::as_const(ids)) {
        Item *i = itemByAnyId(id);
        if (!i)
            continue;
        if (add == kRead)
            i->read = true;
        if (add == kStarred)
            i->starred = true;
        if (remove == kRead)
            i->read = false;
        if (remove == kStarred)
            i->starred = false;
    }
    return text("OK");
}

TestResponse GReaderTestServer::subscriptionEdit(const Params &params)
{
    QStringList fields;
    for (const auto &[name, value] : params.fields) {
        if (name != u"T")
            fields.append(name + u'=' + value);
    }
    m_subscriptionEdits.append(fields);
    const QString action = params.value(u"ac"_qs);
    const QString stream = params.value(u"s"_qs);
    const QString title = params.value(u"t"_qs);
    const QString addFolder = folderFromLabel(params.value(u"a"_qs));
    const QString removeFolder = folderFromLabel(params.value(u"r"_qs));
    if (!stream.startsWith(u"feed/"))
        return badRequest();
    if (action == u"subscribe") {
        const QUrl url(stream.mid(5));
        if (feedById(stream) || !url.isValid() || url.scheme().isEmpty())
            return badRequest();
        addFeed(title.isEmpty() ? url.host() : title, url.toString(), addFolder);
        return text("OK");
    }
    Feed *feed = feedById(stream);
    if (!feed)
        return badRequest();
    if (action == u"unsubscribe") {
        const QString id = feed->id;
        m_feeds.removeIf([&](const Feed &f) { return f.id == id; });
        return text("OK");
    }
    if (action != u"edit")
        return badRequest();
    if (!removeFolder.isEmpty() && feed->folder == removeFolder)
        feed->folder.clear();
    if (!addFolder.isEmpty()) {
        this->addFolder(addFolder);
        feed->folder = addFolder;
    }
    if (!title.isEmpty())
        feed->title = title;
    return text("OK");
}

TestResponse GReaderTestServer::markAllAsRead(const Params &params)
{
    const QString stream = params.value(u"s"_qs);
    // ts: microseconds; only items stored before it are marked, so what arrived meanwhile stays unread.
    const qint64 before = params.value(u"ts"_qs).toLongLong();
    for (Item &i : m_items) {
        const bool inStream = stream == kReadingList || i.feedId == stream
                || (feedById(i.feedId) && labelId(feedById(i.feedId)->folder) == stream);
        if (inStream && (before <= 0 || i.crawlTimeMsec * 1000 < before))
            i.read = true;
    }
    return text("OK");
}

} // namespace tidings::test

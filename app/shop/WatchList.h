#pragma once

#include "shop/Money.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>

#include <optional>

namespace tidings {

// Something a refresh changed about a watched product that the shopper wants to hear about.
struct WatchEvent
{
    qint64 productId = -1;
    QString title;
    QString siteName;
    std::optional<Money> oldPrice; // set for a price drop
    Money price;
    bool backInStock = false;
    // "Invisible Bluetooth Earpiece: now $15.99 (was $17.99)", "…: back in stock".
    [[nodiscard]] QString text() const;
};

// Products the shopper watches for a lower price or for stock. Lives on its connection's thread.
class WatchList
{
    Q_DECLARE_TR_FUNCTIONS(WatchList)

public:
    explicit WatchList(Database &db);

    // Watching starts from what the product costs and whether it is in stock now.
    [[nodiscard]] bool watch(qint64 productId);
    [[nodiscard]] bool unwatch(qint64 productId);
    [[nodiscard]] bool isWatched(qint64 productId);

    // After a refresh: the watched products whose price fell (in the same currency) or that came back
    // in stock since last time. Each is noted on the product (the Shop pane shows it) until seen(),
    // and the baseline moves on, so one change is reported once.
    [[nodiscard]] QList<WatchEvent> noteChanges(qint64 now);
    [[nodiscard]] bool seen(qint64 productId);

    [[nodiscard]] const QString &error() const { return m_error; }

private:
    bool exec(class QSqlQuery &q);
    Database &m_db;
    QString m_error;
};

} // namespace tidings

Q_DECLARE_METATYPE(tidings::WatchEvent)

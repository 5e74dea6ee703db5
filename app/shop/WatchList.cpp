#include "WatchList.h"

#include "Cart.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tidings {

QString WatchEvent::text() const
{
    if (backInStock && oldPrice)
        return WatchList::tr("%1: back in stock, now %2 (was %3)")
                .arg(title, formatMoney(price), formatMoney(*oldPrice));
    if (backInStock)
        return WatchList::tr("%1: back in stock").arg(title);
    return WatchList::tr("%1: now %2 (was %3)").arg(title, formatMoney(price), formatMoney(oldPrice.value_or(price)));
}

WatchList::WatchList(Database &db)
    : m_db(db)
{ }

bool WatchList::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

bool WatchList::watch(qint64 productId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO watched_products (product_id, price_minor, currency, in_stock, added_at) "
              "SELECT id, price_minor, price_currency, in_stock, ? FROM products WHERE id = ? "
              "ON CONFLICT (product_id) DO NOTHING"_qs);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(productId);
    return exec(q);
}

bool WatchList::unwatch(qint64 productId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM watched_products WHERE product_id = ?"_qs);
    q.addBindValue(productId);
    return exec(q);
}

bool WatchList::isWatched(qint64 productId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM watched_products WHERE product_id = ?"_qs);
    q.addBindValue(productId);
    return exec(q) && q.next();
}

QList<WatchEvent> WatchList::noteChanges(qint64 now)
{
    QList<WatchEvent> events;
    QSqlDatabase &db = m_db.connection();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return events;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT w.product_id, p.title, s.name, w.price_minor, w.currency, w.in_stock, p.price_minor, "
              "p.price_currency, p.in_stock FROM watched_products w JOIN products p ON p.id = w.product_id "
              "JOIN feeds f ON f.id = p.feed_id JOIN sites s ON s.id = f.site_id"_qs);
    if (!exec(q)) {
        db.rollback();
        return events;
    }
    QList<WatchEvent> changed;
    QList<qint64> moved; // baseline differs, nothing to tell (a rise, out of stock)
    while (q.next()) {
        WatchEvent e;
        e.productId = q.value(0).toLongLong();
        e.title = q.value(1).toString();
        e.siteName = q.value(2).toString();
        e.price = {q.value(6).toLongLong(), q.value(7).toString()};
        const Money before{q.value(3).toLongLong(), q.value(4).toString()};
        const bool wasInStock = q.value(5).toBool();
        const bool inStock = q.value(8).toBool();
        if (before.currency == e.price.currency && e.price.minor < before.minor && !q.value(3).isNull())
            e.oldPrice = before;
        e.backInStock = inStock && !wasInStock;
        if (e.oldPrice || e.backInStock)
            changed.append(e);
        else if (before != e.price || wasInStock != inStock)
            moved.append(e.productId);
    }
    q.finish();
    QSqlQuery alert(db);
    alert.prepare(u"UPDATE watched_products SET price_minor = p.price_minor, currency = p.price_currency, "
                  "in_stock = p.in_stock, alert_old_price_minor = coalesce(?, alert_old_price_minor), "
                  "alert_back_in_stock = max(alert_back_in_stock, ?), alert_at = ? "
                  "FROM products p WHERE p.id = watched_products.product_id AND watched_products.product_id = ?"_qs);
    for (const WatchEvent &e : std::as_const(changed)) {
        alert.addBindValue(e.oldPrice ? QVariant(e.oldPrice->minor) : QVariant(QMetaType::fromType<qint64>()));
        alert.addBindValue(e.backInStock ? 1 : 0);
        alert.addBindValue(now);
        alert.addBindValue(e.productId);
        if (!exec(alert)) {
            db.rollback();
            return {};
        }
    }
    QSqlQuery move(db);
    move.prepare(u"UPDATE watched_products SET price_minor = p.price_minor, currency = p.price_currency, "
                 "in_stock = p.in_stock FROM products p WHERE p.id = watched_products.product_id "
                 "AND watched_products.product_id = ?"_qs);
    for (const qint64 id : std::as_const(moved)) {
        move.addBindValue(id);
        if (!exec(move)) {
            db.rollback();
            return {};
        }
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        db.rollback();
        return {};
    }
    events = changed;
    return events;
}

bool WatchList::seen(qint64 productId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE watched_products SET alert_old_price_minor = NULL, alert_back_in_stock = 0, alert_at = NULL "
              "WHERE product_id = ?"_qs);
    q.addBindValue(productId);
    return exec(q);
}

} // namespace tidings

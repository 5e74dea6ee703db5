#include "Cart.h"

#include <algorithm>

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QVariant>

Q_LOGGING_CATEGORY(lcCart, "tidings.shop.cart", QtWarningMsg)

namespace tidings {
namespace {

constexpr const char *kLineSql
        = "SELECT c.id, c.variant_id, p.id, s.id, s.name, f.format, f.url, p.remote_id, v.remote_id, p.title, "
          "v.title, p.link, p.image_url, c.quantity, c.unit_price_minor, c.currency, "
          "coalesce(v.sale_price_minor, v.price_minor), v.currency, c.seen_availability, v.availability, "
          "(SELECT count(*) FROM product_variants o WHERE o.product_id = p.id) "
          "FROM cart_lines c JOIN product_variants v ON v.id = c.variant_id JOIN products p ON p.id = v.product_id "
          "JOIN feeds f ON f.id = p.feed_id JOIN sites s ON s.id = f.site_id ";

StoreKind storeKindOf(const QString &format)
{
    if (format == u"shopify-products")
        return StoreKind::Shopify;
    if (format == u"woocommerce-products")
        return StoreKind::WooCommerce;
    return StoreKind::Merchant;
}

QString availabilityText(const QString &availability)
{
    if (availability == u"out_of_stock")
        return Cart::tr("out of stock");
    if (availability == u"preorder")
        return Cart::tr("available to pre-order");
    if (availability == u"backorder")
        return Cart::tr("on back order");
    return Cart::tr("in stock");
}

// A symbol that names one currency only; others are written with their ISO code.
QString currencySymbol(const QString &code, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    if (code == u"USD")
        return locale.currencySymbol(QLocale::CurrencySymbol) == u"$" ? u"US$"_qs : u"$"_qs;
    if (code == u"EUR")
        return u"€"_qs;
    if (code == u"GBP")
        return u"£"_qs;
    if (code == u"JPY")
        return u"¥"_qs;
    return code + u' ';
}

} // namespace

QString formatMoney(const Money &money)
{
    // The C locale (scripts, tests) writes currency symbols after the amount; English order reads
    // better there and is what the command line's users expect.
    const QLocale locale
            = QLocale().language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale();
    const int digits = Money::minorDigits(money.currency);
    // The double only carries the figure to QLocale's formatting, rounded back to the currency's
    // digits: exact for any amount below 2^53 minor units.
    auto value = static_cast<double>(money.minor);
    for (int i = 0; i < digits; ++i)
        value /= 10.0;
    return locale.toCurrencyString(value, currencySymbol(money.currency, locale), digits).trimmed();
}

QString CartLine::changeText() const
{
    QStringList parts;
    if (priceChanged())
        parts.append(Cart::tr("was %1, now %2").arg(formatMoney(seenPrice), formatMoney(price)));
    if (availabilityChanged())
        parts.append(available() && seenAvailability == u"out_of_stock"
                             ? Cart::tr("back in stock")
                             : Cart::tr("now %1").arg(availabilityText(availability)));
    return parts.join(u"; "_qs);
}

Cart::Cart(Database &db)
    : m_db(db)
{ }

bool Cart::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = tr("The cart could not be saved: %1").arg(q.lastError().text());
    qCWarning(lcCart) << m_error;
    return false;
}

QList<CartLine> Cart::read(bool removed)
{
    QList<CartLine> lines;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kLineSql)
              + u"WHERE (c.removed_at IS NOT NULL) = ? ORDER BY s.name, c.added_at, c.id"_qs);
    q.addBindValue(removed ? 1 : 0);
    if (!exec(q))
        return lines;
    while (q.next()) {
        CartLine l;
        l.id = q.value(0).toLongLong();
        l.variantId = q.value(1).toLongLong();
        l.productId = q.value(2).toLongLong();
        l.siteId = q.value(3).toLongLong();
        l.siteName = q.value(4).toString();
        l.storeKind = storeKindOf(q.value(5).toString());
        l.listUrl = q.value(6).toString();
        l.productRemoteId = q.value(7).toString();
        l.variantRemoteId = q.value(8).toString();
        l.productTitle = q.value(9).toString();
        // Shopify calls the only variant of a product "Default Title": not a choice worth showing.
        if (q.value(20).toInt() > 1)
            l.variantTitle = q.value(10).toString();
        l.link = q.value(11).toString();
        l.imageUrl = q.value(12).toString();
        l.quantity = q.value(13).toInt();
        l.seenPrice = {q.value(14).toLongLong(), q.value(15).toString()};
        l.price = {q.value(16).toLongLong(), q.value(17).toString()};
        l.seenAvailability = q.value(18).toString();
        l.availability = q.value(19).toString();
        lines.append(l);
    }
    return lines;
}

QList<CartLine> Cart::lines()
{
    return read(false);
}

std::optional<CartLine> Cart::lastRemoved()
{
    const QList<CartLine> removed = read(true);
    if (removed.isEmpty())
        return std::nullopt;
    return removed.last();
}

int Cart::itemCount()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT coalesce(sum(quantity), 0) FROM cart_lines WHERE removed_at IS NULL"_qs) || !q.next())
        return 0;
    return q.value(0).toInt();
}

qint64 Cart::add(qint64 variantId, int quantity)
{
    if (quantity < 1 || quantity > kMaxQuantity) {
        m_error = tr("A quantity is a whole number from 1 to %1.").arg(kMaxQuantity);
        return -1;
    }
    QSqlQuery v(m_db.connection());
    v.prepare(u"SELECT coalesce(v.sale_price_minor, v.price_minor), v.currency, v.availability, p.title "
              "FROM product_variants v JOIN products p ON p.id = v.product_id WHERE v.id = ?"_qs);
    v.addBindValue(variantId);
    if (!exec(v))
        return -1;
    if (!v.next()) {
        m_error = tr("There is no such product.");
        return -1;
    }
    const qint64 price = v.value(0).toLongLong();
    const QString currency = v.value(1).toString();
    const QString availability = v.value(2).toString();
    if (availability == u"out_of_stock") {
        m_error = tr("%1 is out of stock.").arg(v.value(3).toString());
        return -1;
    }

    QSqlDatabase &db = m_db.connection();
    if (!db.transaction()) {
        m_error = tr("The cart could not be saved: %1").arg(db.lastError().text());
        return -1;
    }
    const auto rollback = [&db] {
        db.rollback();
        return qint64{-1};
    };
    QSqlQuery existing(db);
    existing.prepare(u"SELECT id, quantity, removed_at IS NOT NULL FROM cart_lines WHERE variant_id = ?"_qs);
    existing.addBindValue(variantId);
    if (!exec(existing))
        return rollback();
    qint64 lineId = -1;
    if (existing.next()) {
        if (existing.value(2).toBool()) {
            // A removed line waiting for "Undo": adding the variant again starts afresh.
            QSqlQuery drop(db);
            drop.prepare(u"DELETE FROM cart_lines WHERE id = ?"_qs);
            drop.addBindValue(existing.value(0));
            if (!exec(drop))
                return rollback();
        } else {
            lineId = existing.value(0).toLongLong();
            const int total = existing.value(1).toInt() + quantity;
            if (total > kMaxQuantity) {
                m_error = tr("A quantity is a whole number from 1 to %1.").arg(kMaxQuantity);
                return rollback();
            }
            QSqlQuery update(db);
            update.prepare(u"UPDATE cart_lines SET quantity = ? WHERE id = ?"_qs);
            update.addBindValue(total);
            update.addBindValue(lineId);
            if (!exec(update))
                return rollback();
        }
    }
    if (lineId < 0) {
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO cart_lines (variant_id, quantity, unit_price_minor, currency, seen_availability, "
                       "added_at) VALUES (?, ?, ?, ?, ?, ?)"_qs);
        insert.addBindValue(variantId);
        insert.addBindValue(quantity);
        insert.addBindValue(price);
        insert.addBindValue(currency);
        insert.addBindValue(availability);
        insert.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!exec(insert))
            return rollback();
        lineId = insert.lastInsertId().toLongLong();
    }
    if (!db.commit()) {
        m_error = tr("The cart could not be saved: %1").arg(db.lastError().text());
        return rollback();
    }
    return lineId;
}

bool Cart::setQuantity(qint64 lineId, int quantity)
{
    if (quantity == 0)
        return remove(lineId);
    if (quantity < 0 || quantity > kMaxQuantity) {
        m_error = tr("A quantity is a whole number from 1 to %1.").arg(kMaxQuantity);
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE cart_lines SET quantity = ? WHERE id = ? AND removed_at IS NULL"_qs);
    q.addBindValue(quantity);
    q.addBindValue(lineId);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() != 1) {
        m_error = tr("The cart has no line %1.").arg(lineId);
        return false;
    }
    return true;
}

bool Cart::remove(qint64 lineId)
{
    QSqlDatabase &db = m_db.connection();
    if (!db.transaction()) {
        m_error = tr("The cart could not be saved: %1").arg(db.lastError().text());
        return false;
    }
    // One level of undo: the line removed before this one goes for good.
    QSqlQuery purge(db);
    QSqlQuery mark(db);
    mark.prepare(u"UPDATE cart_lines SET removed_at = ? WHERE id = ? AND removed_at IS NULL"_qs);
    mark.addBindValue(QDateTime::currentSecsSinceEpoch());
    mark.addBindValue(lineId);
    if (!exec(mark)) {
        db.rollback();
        return false;
    }
    if (mark.numRowsAffected() != 1) {
        db.rollback();
        m_error = tr("The cart has no line %1.").arg(lineId);
        return false;
    }
    purge.prepare(u"DELETE FROM cart_lines WHERE removed_at IS NOT NULL AND id <> ?"_qs);
    purge.addBindValue(lineId);
    if (!exec(purge) || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

qint64 Cart::undoRemove()
{
    const auto removed = lastRemoved();
    if (!removed) {
        m_error = tr("Nothing to undo.");
        return -1;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE cart_lines SET removed_at = NULL WHERE id = ?"_qs);
    q.addBindValue(removed->id);
    return exec(q) ? removed->id : -1;
}

bool Cart::acknowledge(qint64 lineId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE cart_lines SET "
              "unit_price_minor = (SELECT coalesce(v.sale_price_minor, v.price_minor) FROM product_variants v "
              "WHERE v.id = cart_lines.variant_id), "
              "currency = (SELECT v.currency FROM product_variants v WHERE v.id = cart_lines.variant_id), "
              "seen_availability = (SELECT v.availability FROM product_variants v WHERE v.id = cart_lines.variant_id) "
              "WHERE id = ? AND removed_at IS NULL"_qs);
    q.addBindValue(lineId);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() != 1) {
        m_error = tr("The cart has no line %1.").arg(lineId);
        return false;
    }
    return true;
}

bool Cart::acknowledgeAll()
{
    const QList<CartLine> all = lines();
    return std::ranges::all_of(all, [this](const CartLine &l) { return !l.hasChange() || acknowledge(l.id); });
}

QList<CartTotal> Cart::totals(const QList<CartLine> &lines)
{
    QList<CartTotal> totals;
    for (const CartLine &l : lines) {
        auto it = std::find_if(totals.begin(), totals.end(), [&l](const CartTotal &t) {
            return t.siteId == l.siteId && t.total.currency == l.price.currency;
        });
        if (it == totals.end()) {
            totals.append({l.siteId, l.siteName, {0, l.price.currency}, 0});
            it = totals.end() - 1;
        }
        it->total.minor += l.total().minor;
        it->items += l.quantity;
    }
    return totals;
}

} // namespace tidings

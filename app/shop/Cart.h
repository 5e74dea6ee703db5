#pragma once

#include "shop/Money.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace tidings {

// How a store takes a cart handed to it: decided by the format of the product list it came from.
enum class StoreKind { Shopify, WooCommerce, Merchant };

struct CartLine
{
    qint64 id = -1;
    qint64 variantId = -1;
    qint64 productId = -1;
    qint64 siteId = -1;
    QString siteName;
    StoreKind storeKind = StoreKind::Merchant;
    QString listUrl; // the product list it came from: where the store lives
    QString productRemoteId;
    QString variantRemoteId;
    QString productTitle;
    QString variantTitle; // empty for a product with one variant
    QString link; // the product's page
    QString imageUrl;
    int quantity = 0;
    Money seenPrice; // the price the shopper last saw: when added, or when they acknowledged a change
    Money price; // the price now
    QString seenAvailability;
    QString availability; // now

    [[nodiscard]] bool available() const { return availability != u"out_of_stock"; }
    [[nodiscard]] bool priceChanged() const { return seenPrice != price; }
    [[nodiscard]] bool availabilityChanged() const { return seenAvailability != availability; }
    [[nodiscard]] bool hasChange() const { return priceChanged() || availabilityChanged(); }
    [[nodiscard]] Money total() const { return {price.minor * quantity, price.currency}; }
    // "was $17.99, now $15.99", "now out of stock", "back in stock": what changed since the shopper
    // last looked; empty when nothing did. Prices in the locale's currency format.
    [[nodiscard]] QString changeText() const;
    friend bool operator==(const CartLine &, const CartLine &) = default;
};

// What a store's part of the cart costs, in one currency. A store selling in two currencies gives two.
struct CartTotal
{
    qint64 siteId = -1;
    QString siteName;
    Money total;
    int items = 0; // quantities added up
    friend bool operator==(const CartTotal &, const CartTotal &) = default;
};

// Money shown the way the user's locale writes it ("$17.99", "17,99 €", "¥1,500"); exact, from the
// integer amount.
[[nodiscard]] QString formatMoney(const Money &money);

// The cart, kept in SQLite so it survives restarts and crashes: every change is written when it is
// made. Lives on the thread of its connection (the storage thread in the app).
class Cart
{
    Q_DECLARE_TR_FUNCTIONS(Cart)

public:
    explicit Cart(Database &db);

    static constexpr int kMaxQuantity = 999;

    // Adds quantity of a variant: to its line when the cart has one. Returns the line's id, or -1 with
    // error() set (an unknown variant, a quantity out of range).
    [[nodiscard]] qint64 add(qint64 variantId, int quantity = 1);
    // A new quantity for a line; 0 removes it (undoably).
    [[nodiscard]] bool setQuantity(qint64 lineId, int quantity);
    // Removes a line, keeping it until the next removal so undoRemove() can bring it back.
    [[nodiscard]] bool remove(qint64 lineId);
    // Brings back the last removed line as it was; its id, or -1 when there is nothing to undo.
    [[nodiscard]] qint64 undoRemove();
    // The line last removed, when there is one to undo (its product's title, for "Undo").
    [[nodiscard]] std::optional<CartLine> lastRemoved();
    // The shopper has seen a line's new price and availability: the change note goes.
    [[nodiscard]] bool acknowledge(qint64 lineId);
    [[nodiscard]] bool acknowledgeAll();

    // The lines, grouped by store, in the order they were added.
    [[nodiscard]] QList<CartLine> lines();
    [[nodiscard]] int itemCount();
    // Totals per store and currency, never one across currencies.
    [[nodiscard]] static QList<CartTotal> totals(const QList<CartLine> &lines);

    [[nodiscard]] const QString &error() const { return m_error; }

private:
    QList<CartLine> read(bool removed);
    bool exec(QSqlQuery &q);

    Database &m_db;
    QString m_error;
};

} // namespace tidings

Q_DECLARE_METATYPE(tidings::CartLine)

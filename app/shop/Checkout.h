#pragma once

#include "Cart.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace tidings {

// How a cart's lines from one store are handed to that store's own checkout in the browser.
struct CheckoutPlan
{
    qint64 siteId = -1;
    QString siteName;
    StoreKind kind = StoreKind::Merchant;
    QList<QUrl> urls; // opened in order; several for stores that take one product at a time
    QString note; // what the store will do next, in words
    QString heldBack; // non-empty: checkout cannot go ahead, and why
    [[nodiscard]] bool ready() const { return heldBack.isEmpty() && !urls.isEmpty(); }
};

// WooCommerce 10.0 and later take a whole cart in one checkout link; older stores one product per
// add-to-cart link.
enum class WooHandOff { CheckoutLink, AddToCartLinks };

class Checkout
{
    Q_DECLARE_TR_FUNCTIONS(Checkout)

public:
    // One plan per store in the cart, in the order the lines come. Tidings never asks for payment
    // details: the store's own pages do that.
    [[nodiscard]] static QList<CheckoutPlan> plan(const QList<CartLine> &lines,
                                                  WooHandOff woo = WooHandOff::CheckoutLink);

    // Where a store lives, from the product list it serves: Shopify's origin, WordPress's root.
    [[nodiscard]] static QUrl storeRoot(StoreKind kind, const QUrl &listUrl);
};

} // namespace tidings

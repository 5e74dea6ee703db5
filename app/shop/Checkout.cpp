#include "Checkout.h"

#include <QLocale>
#include <QUrlQuery>

namespace tidings {
namespace {

// The store's ids go into the URL as they are; they are digits in both formats, but a malformed one
// must not add query syntax.
QString idPart(const QString &id)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(id));
}

QUrl withPath(const QUrl &root, const QString &path)
{
    QUrl url = root;
    QString base = root.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

} // namespace

QUrl Checkout::storeRoot(StoreKind kind, const QUrl &listUrl)
{
    QUrl root = listUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (kind == StoreKind::Shopify) {
        root.setPath(u"/"_qs);
        return root;
    }
    // The Store API lives under the WordPress REST root: https://shop.example/blog/wp-json/wc/store/...
    const QString path = root.path();
    const qsizetype rest = path.indexOf(u"/wp-json/");
    root.setPath(rest >= 0 ? path.left(rest) + u'/' : u"/"_qs);
    return root;
}

QList<CheckoutPlan> Checkout::plan(const QList<CartLine> &lines, WooHandOff woo)
{
    QList<CheckoutPlan> plans;
    QList<QList<CartLine>> perStore;
    for (const CartLine &l : lines) {
        qsizetype i = 0;
        while (i < plans.size() && plans[i].siteId != l.siteId)
            ++i;
        if (i == plans.size()) {
            plans.append({l.siteId, l.siteName, l.storeKind, {}, {}, {}});
            perStore.append(QList<CartLine>());
        }
        perStore[i].append(l);
    }
    for (qsizetype i = 0; i < plans.size(); ++i) {
        CheckoutPlan &p = plans[i];
        const QList<CartLine> &storeLines = perStore[i];
        QStringList unavailable;
        for (const CartLine &l : storeLines) {
            if (!l.available())
                unavailable.append(l.productTitle);
        }
        if (!unavailable.isEmpty()) {
            p.heldBack = tr("Out of stock at %2: %1. Remove what is out of stock, or wait until it is back, "
                            "to check out.")
                                 .arg(QLocale().createSeparatedList(unavailable), p.siteName);
            continue;
        }
        const QUrl root = storeRoot(p.kind, QUrl(storeLines.first().listUrl));
        switch (p.kind) {
        case StoreKind::Shopify: {
            QStringList items;
            for (const CartLine &l : storeLines)
                items.append(idPart(l.variantRemoteId) + u':' + QString::number(l.quantity));
            p.urls.append(withPath(root, u"/cart/"_qs + items.join(u',')));
            p.note = tr("%1 opens its checkout with these items in the cart; you pay on the store's page.")
                             .arg(p.siteName);
            break;
        }
        case StoreKind::WooCommerce:
            if (woo == WooHandOff::CheckoutLink) {
                QStringList items;
                for (const CartLine &l : storeLines)
                    items.append(idPart(l.variantRemoteId) + u':' + QString::number(l.quantity));
                QUrl url = withPath(root, u"/checkout-link/"_qs);
                // Left unencoded: the store reads "ID:QTY,ID:QTY" literally.
                url.setQuery(u"products="_qs + items.join(u','), QUrl::StrictMode);
                p.urls.append(url);
                p.note = tr("%1 opens its checkout with these items in the cart; you pay on the store's page.")
                                 .arg(p.siteName);
            } else {
                for (const CartLine &l : storeLines) {
                    QUrl url = root;
                    QUrlQuery query;
                    query.addQueryItem(u"add-to-cart"_qs, l.variantRemoteId);
                    query.addQueryItem(u"quantity"_qs, QString::number(l.quantity));
                    url.setQuery(query);
                    p.urls.append(url);
                }
                p.note = tr("%1 opens one page per product, each adding it to the store's cart; check out from "
                            "the store's cart page.")
                                 .arg(p.siteName);
            }
            break;
        case StoreKind::Merchant:
            for (const CartLine &l : storeLines) {
                const QUrl url(l.link);
                if (url.isValid() && !url.isEmpty() && !p.urls.contains(url))
                    p.urls.append(url);
            }
            if (p.urls.isEmpty())
                p.heldBack = tr("%1 gives no product pages to check out from.").arg(p.siteName);
            p.note = tr("%1 takes no cart from Tidings: its product pages open, one per product; add each to the "
                        "store's cart there (quantities as listed here).")
                             .arg(p.siteName);
            break;
        }
    }
    return plans;
}

} // namespace tidings

// tidings products | cart | checkout
#include "CliSupport.h"

#include "shop/Cart.h"
#include "shop/Checkout.h"
#include "storage/ShopQueries.h"
#include "storage/Sources.h"
#include "storage/Store.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace tidings::cli {
namespace {

QString availabilityText(const QString &availability)
{
    if (availability == u"out_of_stock")
        return CommandLine::tr("out of stock");
    if (availability == u"preorder")
        return CommandLine::tr("pre-order");
    if (availability == u"backorder")
        return CommandLine::tr("back order");
    return CommandLine::tr("in stock");
}

QString priceText(const Money &now, const Money &regular)
{
    return regular.minor > now.minor && regular.currency == now.currency
            ? CommandLine::tr("%1 (regular %2)").arg(formatMoney(now), formatMoney(regular))
            : formatMoney(now);
}

// A site named on the command line: its id, or -1 after printing why not.
bool siteIdFor(Store &store, const QString &name, qint64 &siteId)
{
    siteId = -1;
    if (name.isEmpty())
        return true;
    const auto site = Sources(store.database()).site(name);
    if (!site) {
        fail(CommandLine::tr("no site named %1 (see tidings sites)").arg(name));
        return false;
    }
    siteId = site->id;
    return true;
}

bool parseCount(const QString &text, int minimum, int &value)
{
    bool ok = false;
    value = text.toInt(&ok);
    return ok && value >= minimum && value <= Cart::kMaxQuantity;
}

// The browser the user chose ($BROWSER, as many tools read it), else the desktop's opener.
bool openInBrowser(const QUrl &url)
{
    const QString browser = QProcessEnvironment::systemEnvironment().value(u"BROWSER"_qs);
    return QProcess::startDetached(browser.isEmpty() ? u"xdg-open"_qs : browser, {url.toString(QUrl::FullyEncoded)});
}

void printCart(Cart &cart)
{
    const QList<CartLine> lines = cart.lines();
    if (lines.isEmpty()) {
        out() << CommandLine::tr("The cart is empty.") << Qt::endl;
        return;
    }
    QString site;
    for (const CartLine &l : lines) {
        if (l.siteName != site) {
            site = l.siteName;
            out() << site << Qt::endl;
        }
        const QString title
                = l.variantTitle.isEmpty() ? l.productTitle : l.productTitle + u" (" + l.variantTitle + u')';
        out() << "  " << l.id << "\t" << l.quantity << " x " << title << "\t" << formatMoney(l.price) << "\t"
              << formatMoney(l.total());
        if (l.hasChange())
            out() << "\t" << l.changeText();
        else if (!l.available())
            out() << "\t" << availabilityText(l.availability);
        out() << Qt::endl;
    }
    for (const CartTotal &t : Cart::totals(lines)) {
        out() << CommandLine::tr("Total at %1: %2 (%n item(s))", nullptr, t.items).arg(t.siteName, formatMoney(t.total))
              << Qt::endl;
    }
}

int runCartAdd(Store &store, Cart &cart, const CommandParser &cp, const QCommandLineOption &variantOption,
               const QCommandLineOption &quantityOption, const QCommandLineOption &siteOption, const QStringList &args)
{
    if (args.size() != 2)
        return fail(CommandLine::tr("cart add takes one PRODUCT (see tidings products)"));
    qint64 siteId = -1;
    if (!siteIdFor(store, cp.parser.value(siteOption), siteId))
        return CommandLine::Failure;
    int quantity = 1;
    if (cp.parser.isSet(quantityOption) && !parseCount(cp.parser.value(quantityOption), 1, quantity))
        return fail(CommandLine::tr("--quantity takes a whole number from 1 to %1").arg(Cart::kMaxQuantity));
    ShopQueries shop(store.database());
    const qint64 productId = shop.resolveProduct(args[1], siteId);
    if (productId == -2)
        return fail(CommandLine::tr("several stores have a product %1: name the site with --site").arg(args[1]));
    if (productId < 0)
        return fail(CommandLine::tr("no product %1 (see tidings products)").arg(args[1]));
    const QList<VariantRow> variants = shop.variants(productId);
    qint64 variantId = -1;
    if (cp.parser.isSet(variantOption)) {
        variantId = shop.resolveVariant(productId, cp.parser.value(variantOption));
        if (variantId < 0)
            return fail(CommandLine::tr("product %1 has no variant %2").arg(args[1], cp.parser.value(variantOption)));
    } else if (variants.size() == 1) {
        variantId = variants.first().id;
    } else {
        QStringList names;
        for (const VariantRow &v : variants)
            names.append(v.remoteId + u" (" + v.title + u')');
        return fail(CommandLine::tr("product %1 comes in several variants: choose one with --variant (%2)")
                            .arg(args[1], names.join(u", ")));
    }
    const qint64 line = cart.add(variantId, quantity);
    if (line < 0)
        return fail(cart.error());
    out() << CommandLine::tr("Added to the cart (line %1).").arg(line) << Qt::endl;
    printCart(cart);
    return CommandLine::Success;
}

} // namespace

int runProducts(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("List the stored products."));
    const QCommandLineOption searchOption(u"search"_qs, CommandLine::tr("Only products matching these words."),
                                          u"Q"_qs);
    const QCommandLineOption onSaleOption(u"on-sale"_qs, CommandLine::tr("Only products on sale."));
    const QCommandLineOption inStockOption(u"in-stock"_qs, CommandLine::tr("Only products in stock."));
    cp.parser.addOptions({searchOption, onSaleOption, inStockOption});
    cp.parser.addPositionalArgument(u"site"_qs, CommandLine::tr("Only this site's products."), u"[SITE]"_qs);
    if (const auto code = cp.parse(arguments, u"products"_qs))
        return *code;
    if (cp.parser.positionalArguments().size() > 1)
        return fail(CommandLine::tr("products takes at most one SITE (see tidings products --help)"));
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    ProductFilter filter;
    if (!siteIdFor(store, cp.parser.positionalArguments().value(0), filter.siteId))
        return CommandLine::Failure;
    filter.search = cp.parser.value(searchOption);
    filter.onSaleOnly = cp.parser.isSet(onSaleOption);
    filter.inStockOnly = cp.parser.isSet(inStockOption);
    filter.sort = ProductFilter::Sort::Name;
    ShopQueries shop(store.database());
    constexpr int kPage = 500;
    int shown = 0;
    for (int offset = 0;; offset += kPage) {
        const QList<ProductRow> rows = shop.products(filter, offset, kPage);
        if (!shop.error().isEmpty())
            return fail(shop.error());
        for (const ProductRow &p : rows) {
            const QList<VariantRow> variants = shop.variants(p.id);
            out() << p.id << "\t" << p.remoteId << "\t" << p.title;
            if (variants.size() == 1) {
                const VariantRow &v = variants.first();
                out() << "\t" << priceText(v.currentPrice(), v.price) << "\t" << availabilityText(v.availability);
            } else {
                out() << "\t" << p.siteName;
            }
            out() << Qt::endl;
            if (variants.size() > 1) {
                for (const VariantRow &v : variants) {
                    out() << "  " << v.id << "\t" << v.remoteId << "\t" << v.title << "\t"
                          << priceText(v.currentPrice(), v.price) << "\t" << availabilityText(v.availability)
                          << Qt::endl;
                }
            }
            ++shown;
        }
        if (rows.size() < kPage)
            break;
    }
    if (shown == 0)
        err() << CommandLine::tr("No products match.") << Qt::endl;
    return CommandLine::Success;
}

int runCart(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Show or change the cart."));
    const QCommandLineOption variantOption(u"variant"_qs, CommandLine::tr("The variant to add."), u"V"_qs);
    const QCommandLineOption quantityOption(u"quantity"_qs, CommandLine::tr("How many to add (1 by default)."),
                                            u"N"_qs);
    const QCommandLineOption siteOption(u"site"_qs, CommandLine::tr("The store of PRODUCT, when ids clash."),
                                        u"SITE"_qs);
    cp.parser.addOptions({variantOption, quantityOption, siteOption});
    cp.parser.addPositionalArgument(u"action"_qs,
                                    CommandLine::tr("add PRODUCT | set LINE N | remove LINE | undo | ack [LINE]"),
                                    u"[ACTION ...]"_qs);
    if (const auto code = cp.parse(arguments, u"cart"_qs))
        return *code;
    const QStringList args = cp.parser.positionalArguments();
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    Cart cart(store.database());
    const QString action = args.value(0);
    if (action.isEmpty()) {
        printCart(cart);
        return CommandLine::Success;
    }
    if (action == u"add")
        return runCartAdd(store, cart, cp, variantOption, quantityOption, siteOption, args);
    bool lineOk = false;
    const qint64 line = args.value(1).toLongLong(&lineOk);
    if (action == u"set") {
        int quantity = 0;
        if (args.size() != 3 || !lineOk || !parseCount(args[2], 0, quantity))
            return fail(CommandLine::tr("cart set takes a LINE and a quantity from 0 to %1").arg(Cart::kMaxQuantity));
        if (!cart.setQuantity(line, quantity))
            return fail(cart.error());
        printCart(cart);
        return CommandLine::Success;
    }
    if (action == u"remove") {
        if (args.size() != 2 || !lineOk)
            return fail(CommandLine::tr("cart remove takes one LINE (see tidings cart)"));
        if (!cart.remove(line))
            return fail(cart.error());
        out() << CommandLine::tr("Removed line %1 (tidings cart undo brings it back).").arg(line) << Qt::endl;
        printCart(cart);
        return CommandLine::Success;
    }
    if (action == u"undo") {
        if (cart.undoRemove() < 0)
            return fail(cart.error());
        printCart(cart);
        return CommandLine::Success;
    }
    if (action == u"ack") {
        if (args.size() == 2 && lineOk ? !cart.acknowledge(line) : !cart.acknowledgeAll())
            return fail(cart.error());
        printCart(cart);
        return CommandLine::Success;
    }
    return fail(CommandLine::tr("unknown cart action %1: use add, set, remove, undo or ack").arg(action));
}

int runCheckout(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Hand the cart to each store's checkout in the browser."));
    const QCommandLineOption printOption(u"print"_qs, CommandLine::tr("Print the URLs instead of opening them."));
    const QCommandLineOption addToCartOption(
            u"add-to-cart-links"_qs,
            CommandLine::tr("For WooCommerce stores older than 10.0: one add-to-cart link per product."));
    cp.parser.addOptions({printOption, addToCartOption});
    cp.parser.addPositionalArgument(u"site"_qs, CommandLine::tr("Only this store's part of the cart."), u"[SITE]"_qs);
    if (const auto code = cp.parse(arguments, u"checkout"_qs))
        return *code;
    if (cp.parser.positionalArguments().size() > 1)
        return fail(CommandLine::tr("checkout takes at most one SITE (see tidings checkout --help)"));
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    qint64 siteId = -1;
    if (!siteIdFor(store, cp.parser.positionalArguments().value(0), siteId))
        return CommandLine::Failure;
    Cart cart(store.database());
    QList<CartLine> lines = cart.lines();
    if (siteId >= 0)
        lines.removeIf([siteId](const CartLine &l) { return l.siteId != siteId; });
    if (lines.isEmpty())
        return fail(CommandLine::tr("the cart is empty; add products with tidings cart add"));
    const QList<CheckoutPlan> plans = Checkout::plan(
            lines, cp.parser.isSet(addToCartOption) ? WooHandOff::AddToCartLinks : WooHandOff::CheckoutLink);
    bool heldBack = false;
    for (const CheckoutPlan &p : plans) {
        if (!p.ready()) {
            heldBack = true;
            err() << "tidings: " << CommandLine::tr("checkout held back: %1").arg(p.heldBack) << Qt::endl;
            continue;
        }
        for (const QUrl &url : p.urls) {
            if (cp.parser.isSet(printOption)) {
                out() << url.toString(QUrl::FullyEncoded) << Qt::endl;
            } else if (!openInBrowser(url)) {
                return fail(CommandLine::tr("cannot start a browser for %1").arg(url.toString()));
            }
        }
        if (!cp.parser.isSet(printOption))
            out() << p.note << Qt::endl;
    }
    return heldBack ? CommandLine::PartialFailure : CommandLine::Success;
}

} // namespace tidings::cli

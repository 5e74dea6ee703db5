#include "ProductDetail.h"

#include "Icons.h"
#include "net/RemoteImages.h"
#include "shop/Cart.h"
#include "storage/StorageThread.h"
#include "util/HtmlSanitizer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace tidings::ui {
namespace {

constexpr int kImageSize = 260;
constexpr int kThumbSize = 48;

QString priceHtml(const VariantRow &v)
{
    if (v.salePrice && v.salePrice->minor < v.price.minor)
        return u"<b>%1</b> <s>%2</s>"_qs.arg(formatMoney(*v.salePrice).toHtmlEscaped(),
                                             formatMoney(v.price).toHtmlEscaped());
    return u"<b>%1</b>"_qs.arg(formatMoney(v.price).toHtmlEscaped());
}

} // namespace

ProductDetailView::ProductDetailView(StorageThread *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_image(new QLabel(this))
    , m_thumbs(new QHBoxLayout)
    , m_title(new QLabel(this))
    , m_byline(new QLabel(this))
    , m_price(new QLabel(this))
    , m_availability(new QLabel(this))
    , m_variants(new QComboBox(this))
    , m_quantity(new QSpinBox(this))
    , m_add(new QPushButton(tr("Add to Cart"), this))
    , m_watch(new QPushButton(tr("Watch"), this))
    , m_open(new QPushButton(tr("Open in Store"), this))
    , m_mentions(new QLabel(this))
    , m_description(new QTextBrowser(this))
{
    m_image->setFixedSize(kImageSize, kImageSize);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setFrameShape(QFrame::StyledPanel);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_byline->setWordWrap(true);
    m_price->setTextFormat(Qt::RichText);
    m_quantity->setRange(1, Cart::kMaxQuantity);
    m_add->setDefault(true);
    m_add->setIcon(themedIcon(u"list-add"_qs));
    m_watch->setCheckable(true);
    m_watch->setToolTip(tr("Tell me when the price drops or it is back in stock"));
    m_description->setOpenLinks(false);
    m_description->setOpenExternalLinks(false);
    connect(m_description, &QTextBrowser::anchorClicked, this, &ProductDetailView::openLink);
    m_description->setAccessibleName(tr("Product description"));
    m_image->setAccessibleName(tr("Product picture"));
    m_watch->setAccessibleDescription(m_watch->toolTip());
    m_open->setAccessibleDescription(tr("Opens the product's page in your browser"));
    m_add->setAccessibleDescription(tr("Adds the chosen variant and quantity to the cart"));

    auto *choose = new QFormLayout;
    m_choose = choose;
    choose->addRow(tr("&Variant:"), m_variants);
    choose->addRow(tr("&Quantity:"), m_quantity);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_watch);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_byline);
    layout->addWidget(m_image, 0, Qt::AlignHCenter);
    layout->addLayout(m_thumbs);
    layout->addWidget(m_price);
    layout->addWidget(m_availability);
    layout->addLayout(choose);
    layout->addLayout(buttons);
    layout->addWidget(m_description, 1);
    layout->addWidget(m_mentions);
    m_mentions->setObjectName(u"mentions"_qs);
    m_mentions->setWordWrap(true);
    m_mentions->setTextFormat(Qt::RichText);
    connect(m_mentions, &QLabel::linkActivated, this, [this](const QString &link) { emit openLink(QUrl(link)); });

    connect(m_variants, &QComboBox::currentIndexChanged, this, &ProductDetailView::showVariant);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const qint64 variant = m_variants->currentData().toLongLong();
        if (variant > 0)
            emit addToCart(variant, m_quantity->value());
    });
    connect(m_watch, &QPushButton::toggled, this, [this](bool on) {
        if (m_detail.row.id >= 0 && on != m_detail.row.watched) {
            m_detail.row.watched = on;
            emit watchChanged(m_detail.row.id, on);
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_detail.row.link.isEmpty())
            emit openLink(QUrl(m_detail.row.link));
    });
    display({});
}

void ProductDetailView::setRemoteImages(RemoteImages *images)
{
    if (m_images)
        disconnect(m_images, nullptr, this, nullptr);
    m_images = images;
    if (m_images) {
        connect(m_images, &RemoteImages::loaded, this, &ProductDetailView::imageArrived);
        connect(m_images, &RemoteImages::failed, this, [this](const QUrl &url, const QString &error) {
            if (url != m_mainImage)
                return;
            m_image->setText(tr("No picture"));
            m_image->setToolTip(error);
        });
    }
}

void ProductDetailView::showProduct(qint64 productId)
{
    const quint64 generation = ++m_generation;
    if (productId < 0 || !m_reader) {
        display({});
        m_mentions->clear();
        return;
    }
    QPointer<ProductDetailView> self(this);
    // The application is the continuation's context, not this: Qt 6.4 asserts when the context is
    // gone before the job ends (a pane closed while a read runs). self says whether this still is.
    struct Read
    {
        ProductDetail detail;
        QList<ArticleMention> mentions;
    };
    m_reader->run([productId](Store &store) {
                ShopQueries shop(store.database());
                return Read{shop.product(productId).value_or(ProductDetail{}), shop.articlesMentioning(productId)};
            })
            .then(QCoreApplication::instance(), [self, generation](const Read &read) {
                if (!self || generation != self->m_generation)
                    return;
                self->display(read.detail);
                QStringList links;
                for (const ArticleMention &m : read.mentions) {
                    links.append(m.link.isEmpty() ? m.title.toHtmlEscaped()
                                                  : u"<a href=\"%1\">%2</a>"_qs.arg(m.link.toHtmlEscaped(),
                                                                                    m.title.toHtmlEscaped()));
                }
                self->m_mentions->setText(links.isEmpty() ? QString()
                                                          : tr("Mentioned in: %1").arg(links.join(u", "_qs)));
            });
}

void ProductDetailView::display(const ProductDetail &detail)
{
    m_detail = detail;
    const bool any = detail.row.id >= 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_image, m_price, m_availability, m_variants, m_quantity, m_add,
                                                       m_watch, m_open, m_description})
        w->setVisible(any);
    // The form's labels go with their fields; a product with one variant has nothing to choose.
    m_choose->setRowVisible(m_variants, any && detail.variants.size() > 1);
    m_choose->setRowVisible(m_quantity, any);
    m_title->setText(any ? detail.row.title : tr("Choose a product to see it here."));
    m_byline->setText(!any                                 ? QString()
                              : detail.row.brand.isEmpty() ? detail.row.siteName
                                                           : tr("%1 · %2").arg(detail.row.brand, detail.row.siteName));
    while (QLayoutItem *item = m_thumbs->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (detail.images.size() > 1) {
        for (const QString &src : detail.images) {
            auto *thumb = new QToolButton(this);
            thumb->setFixedSize(kThumbSize, kThumbSize);
            thumb->setIconSize(QSize(kThumbSize - 6, kThumbSize - 6));
            thumb->setToolTip(src);
            thumb->setAccessibleName(tr("Picture %1 of %2").arg(m_thumbs->count() + 1).arg(detail.images.size()));
            thumb->setProperty("imageUrl", QUrl(src));
            connect(thumb, &QToolButton::clicked, this, [this, src] { showImage(QUrl(src)); });
            m_thumbs->addWidget(thumb);
            if (m_images) {
                const QImage cached = m_images->cached(QUrl(src));
                if (!cached.isNull())
                    thumb->setIcon(QPixmap::fromImage(cached));
                else
                    m_images->request(QUrl(src));
            }
        }
        m_thumbs->addStretch();
    }
    showImage(detail.images.isEmpty() ? QUrl() : QUrl(detail.images.first()));

    const QSignalBlocker blocker(m_variants);
    m_variants->clear();
    for (const VariantRow &v : detail.variants) {
        QString text = v.title.isEmpty() || detail.variants.size() == 1 ? detail.row.title : v.title;
        text += u" · "_qs + formatMoney(v.currentPrice());
        if (!v.available())
            text += u" · "_qs + tr("out of stock");
        m_variants->addItem(text, v.id);
    }
    // The first variant that can be bought is the one offered.
    for (int i = 0; i < detail.variants.size(); ++i) {
        if (detail.variants[i].available()) {
            m_variants->setCurrentIndex(i);
            break;
        }
    }
    m_variants->setEnabled(detail.variants.size() > 1);
    m_quantity->setValue(1);
    {
        const QSignalBlocker watchBlocker(m_watch);
        m_watch->setChecked(detail.row.watched);
    }
    m_open->setEnabled(!detail.row.link.isEmpty());
    html::SanitizeOptions options;
    options.base = QUrl(detail.row.link);
    options.keepImages = false; // the pictures are above; the text loads nothing
    m_description->setHtml(html::sanitize(detail.descriptionHtml, options));
    showVariant();
    if (any)
        emit shown(detail.row.id);
}

void ProductDetailView::showVariant()
{
    const int i = m_variants->currentIndex();
    if (i < 0 || i >= m_detail.variants.size()) {
        m_price->clear();
        m_availability->clear();
        m_add->setEnabled(false);
        return;
    }
    const VariantRow &v = m_detail.variants[i];
    m_price->setText(priceHtml(v));
    m_availability->setText(v.available() ? (v.availability == u"in_stock" ? tr("In stock") : tr("Available to order"))
                                          : tr("Out of stock"));
    m_add->setEnabled(v.available());
}

void ProductDetailView::showImage(const QUrl &url)
{
    m_mainImage = url;
    if (url.isEmpty() || !m_images) {
        m_image->setText(tr("No picture"));
        return;
    }
    const QImage cached = m_images->cached(url);
    if (!cached.isNull()) {
        m_image->setPixmap(QPixmap::fromImage(
                cached.scaled(kImageSize, kImageSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        return;
    }
    m_image->setText(tr("Loading picture…"));
    m_images->request(url);
}

void ProductDetailView::imageArrived(const QUrl &url, const QImage &image)
{
    if (url == m_mainImage)
        m_image->setPixmap(QPixmap::fromImage(
                image.scaled(kImageSize, kImageSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    for (int i = 0; i < m_thumbs->count(); ++i) {
        auto *thumb = qobject_cast<QToolButton *>(m_thumbs->itemAt(i)->widget());
        if (thumb && thumb->property("imageUrl").toUrl() == url)
            thumb->setIcon(QPixmap::fromImage(image));
    }
}

InThisArticle::InThisArticle(StorageThread *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_cards(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    auto *heading = new QLabel(tr("<b>In this article</b>"), this);
    layout->addWidget(heading);
    layout->addLayout(m_cards);
    hide();
}

void InThisArticle::setRemoteImages(RemoteImages *images)
{
    if (m_images)
        disconnect(m_images, nullptr, this, nullptr);
    m_images = images;
    if (m_images)
        connect(m_images, &RemoteImages::loaded, this, &InThisArticle::imageArrived);
}

void InThisArticle::showArticle(qint64 articleId)
{
    const quint64 generation = ++m_generation;
    if (articleId < 0 || !m_reader) {
        display({});
        return;
    }
    QPointer<InThisArticle> self(this);
    // The application is the continuation's context (see ProductDetailView::showProduct).
    m_reader->run([articleId](Store &store) { return ShopQueries(store.database()).productsInArticle(articleId); })
            .then(QCoreApplication::instance(), [self, generation](const QList<ProductRow> &products) {
                if (self && generation == self->m_generation)
                    self->display(products);
            });
}

void InThisArticle::display(const QList<ProductRow> &products)
{
    m_products = products;
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ProductRow &p : products) {
        auto *card = new QToolButton(this);
        card->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        card->setAutoRaise(true);
        card->setIconSize(QSize(kThumbSize, kThumbSize));
        QString text = p.title + u'\n' + formatMoney(p.price);
        if (p.onSale)
            text += u' ' + tr("(was %1)").arg(formatMoney(p.regularPrice));
        if (!p.inStock)
            text += u'\n' + tr("Out of stock");
        card->setText(text);
        card->setToolTip(tr("Show %1 in the shop").arg(p.title));
        card->setAccessibleName(p.title);
        card->setAccessibleDescription(card->toolTip());
        card->setProperty("imageUrl", QUrl(p.imageUrl));
        if (m_images && !p.imageUrl.isEmpty()) {
            const QImage cached = m_images->cached(QUrl(p.imageUrl));
            if (!cached.isNull())
                card->setIcon(QPixmap::fromImage(cached));
            else
                m_images->request(QUrl(p.imageUrl));
        }
        connect(card, &QToolButton::clicked, this, [this, id = p.id] { emit productChosen(id); });
        m_cards->addWidget(card);
    }
    m_cards->addStretch();
    setVisible(!products.isEmpty());
    emit available(!products.isEmpty());
}

void InThisArticle::imageArrived(const QUrl &url, const QImage &image)
{
    for (int i = 0; i < m_cards->count(); ++i) {
        auto *card = qobject_cast<QToolButton *>(m_cards->itemAt(i)->widget());
        if (card && card->property("imageUrl").toUrl() == url)
            card->setIcon(QPixmap::fromImage(image));
    }
}

} // namespace tidings::ui

#include "ShopPane.h"

#include "HelpDialogs.h"
#include "Icons.h"

#include "ProductDetail.h"
#include "ProductListModel.h"
#include "net/RemoteImages.h"
#include "shop/WatchList.h"
#include "storage/StorageThread.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tidings::ui {
namespace {

constexpr int kCardWidth = 180;
constexpr int kCardHeight = 250;
constexpr int kCardImage = 150;
constexpr int kRowHeight = 56;
constexpr int kRowImage = 48;

// "12.50" in the shop's main unit, as hundredths (what ProductFilter's price range counts); -1 when
// empty or unreadable.
qint64 hundredths(const QString &text)
{
    // Any two-digit currency reads "12.50" or "12,50" as 1250 hundredths.
    const auto m = Money::parseAmount(text, u"USD");
    return !m || m->minor < 0 ? -1 : m->minor;
}

// A product as a card (grid) or a row (list): picture, title, price with the regular price struck
// through when on sale, "Out of stock", and what the watch list noticed.
class ProductCardDelegate : public QStyledItemDelegate
{
public:
    explicit ProductCardDelegate(ShopPane *pane)
        : QStyledItemDelegate(pane)
        , m_pane(pane)
    { }
    bool grid = true;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex & /*index*/) const override
    {
        return grid ? QSize(kCardWidth, kCardHeight) : QSize(option.rect.width(), kRowHeight);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = {};
        // The whole card is the item: without this the style highlights only the (now empty) text
        // area, and a selected card's text is drawn in the highlight's text colour on no highlight.
        opt.showDecorationSelected = true;
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

        painter->save();
        const QRect r = option.rect.adjusted(6, 6, -6, -6);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &pal = option.palette;
        const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
        const QColor muted = selected ? text : pal.color(QPalette::PlaceholderText);
        const QRect imageRect = grid ? QRect(r.left() + (r.width() - kCardImage) / 2, r.top(), kCardImage, kCardImage)
                                     : QRect(r.left(), r.top() + (r.height() - kRowImage) / 2, kRowImage, kRowImage);
        const QPixmap pixmap = m_pane->thumbnail(index.data(ProductListModel::ImageUrlRole).toUrl());
        if (!pixmap.isNull()) {
            const QPixmap scaled = pixmap.scaled(imageRect.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
            painter->drawPixmap(imageRect.left() + (imageRect.width() - scaled.width()) / 2,
                                imageRect.top() + (imageRect.height() - scaled.height()) / 2, scaled);
        } else {
            // The placeholder keeps the card's shape while the picture loads (or when there is none).
            painter->fillRect(imageRect, pal.color(QPalette::AlternateBase));
            painter->setPen(muted);
            if (grid)
                painter->drawText(imageRect, Qt::AlignCenter, ShopPane::tr("Picture"));
        }

        QFont font = option.font;
        const QFontMetrics fm(font);
        const QString title = index.data(Qt::DisplayRole).toString();
        const QString price = index.data(ProductListModel::PriceTextRole).toString();
        const QString regular = index.data(ProductListModel::RegularPriceTextRole).toString();
        const bool inStock = index.data(ProductListModel::InStockRole).toBool();
        const QString note = index.data(ProductListModel::WatchNoteRole).toString();

        QRect textRect = grid ? QRect(r.left(), imageRect.bottom() + 6, r.width(), r.bottom() - imageRect.bottom() - 6)
                              : QRect(imageRect.right() + 10, r.top(), r.width() - kRowImage - 10, r.height());
        painter->setPen(text);
        const int titleLines = grid ? 2 : 1;
        QString shown;
        {
            // Two lines at most, elided.
            QString rest = title;
            for (int line = 0; line < titleLines && !rest.isEmpty(); ++line) {
                if (line == titleLines - 1) {
                    shown += fm.elidedText(rest, Qt::ElideRight, textRect.width());
                    break;
                }
                int cut = int(rest.size());
                while (cut > 0 && fm.horizontalAdvance(rest.left(cut)) > textRect.width())
                    cut = int(rest.lastIndexOf(u' ', cut - 1));
                if (cut <= 0)
                    cut = int(rest.size());
                shown += rest.left(cut) + u'\n';
                rest = rest.mid(cut).trimmed();
            }
        }
        const QRect titleRect(textRect.left(), textRect.top(), textRect.width(), fm.height() * titleLines);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignTop, shown.trimmed());

        QFont bold = font;
        bold.setBold(true);
        const QFontMetrics bm(bold);
        const int priceTop = grid ? titleRect.bottom() + 4 : textRect.top() + fm.height() + 4;
        painter->setFont(bold);
        painter->drawText(QPoint(textRect.left(), priceTop + bm.ascent()), price);
        int x = textRect.left() + bm.horizontalAdvance(price) + 8;
        if (!regular.isEmpty()) {
            QFont struck = font;
            struck.setStrikeOut(true);
            painter->setFont(struck);
            painter->setPen(muted);
            painter->drawText(QPoint(x, priceTop + bm.ascent()), regular);
            x += QFontMetrics(struck).horizontalAdvance(regular) + 8;
        }
        painter->setFont(font);
        QString flag;
        QColor flagColour = muted;
        if (!inStock) {
            flag = ShopPane::tr("Out of stock");
            flagColour = selected ? text : errorColour(option.palette);
        } else if (!note.isEmpty()) {
            flag = note;
            flagColour = selected ? text : positiveColour(option.palette);
        }
        if (!flag.isEmpty()) {
            painter->setPen(flagColour);
            const QPoint at = grid ? QPoint(textRect.left(), priceTop + bm.height() + fm.ascent() + 2)
                                   : QPoint(x, priceTop + bm.ascent());
            painter->drawText(at, flag);
        }
        painter->restore();
    }

private:
    ShopPane *m_pane;
};

} // namespace

ShopPane::ShopPane(StorageThread *writer, StorageThread *reader, QWidget *parent)
    : QWidget(parent)
    , m_writer(writer)
    , m_reader(reader)
    , m_model(new ProductListModel(reader, this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_brand(new QComboBox(this))
    , m_minPrice(new QLineEdit(this))
    , m_maxPrice(new QLineEdit(this))
    , m_inStock(new QCheckBox(tr("In stock"), this))
    , m_onSale(new QCheckBox(tr("On sale"), this))
    , m_watched(new QCheckBox(tr("Watched"), this))
    , m_sort(new QComboBox(this))
    , m_gridButton(new QToolButton(this))
    , m_view(new QListView(this))
    , m_detail(new ProductDetailView(reader, this))
    , m_splitter(new QSplitter(this))
    , m_count(new QLabel(this))
    , m_typing(new QTimer(this))
    , m_thumbnails(400)
{
    m_search->setPlaceholderText(tr("Search products"));
    m_search->setClearButtonEnabled(true);
    m_category->addItem(tr("All categories"));
    m_brand->addItem(tr("All brands"));
    for (QLineEdit *price : {m_minPrice, m_maxPrice}) {
        auto *validator = new QDoubleValidator(0, 1e9, 3, price);
        validator->setNotation(QDoubleValidator::StandardNotation);
        price->setValidator(validator);
        price->setMaximumWidth(70);
    }
    m_minPrice->setPlaceholderText(tr("from"));
    m_maxPrice->setPlaceholderText(tr("to"));
    m_minPrice->setToolTip(tr("Lowest price, in each store's currency"));
    m_maxPrice->setToolTip(tr("Highest price, in each store's currency"));
    m_sort->addItem(tr("Newest"), int(ProductFilter::Sort::Newest));
    m_sort->addItem(tr("Price: low to high"), int(ProductFilter::Sort::PriceLowest));
    m_sort->addItem(tr("Price: high to low"), int(ProductFilter::Sort::PriceHighest));
    m_sort->addItem(tr("Name"), int(ProductFilter::Sort::Name));
    m_gridButton->setCheckable(true);
    m_gridButton->setChecked(true);
    m_gridButton->setText(tr("Grid"));
    m_gridButton->setToolTip(tr("Cards in a grid, or a list"));
    // Names for the controls that have no label of their own (screen readers, and the focus test).
    m_search->setAccessibleName(tr("Search products"));
    m_search->setAccessibleDescription(tr("Finds products by title, brand, category and description as you type"));
    m_category->setAccessibleName(tr("Category"));
    m_brand->setAccessibleName(tr("Brand"));
    m_minPrice->setAccessibleName(tr("Lowest price"));
    m_minPrice->setAccessibleDescription(m_minPrice->toolTip());
    m_maxPrice->setAccessibleName(tr("Highest price"));
    m_maxPrice->setAccessibleDescription(m_maxPrice->toolTip());
    m_sort->setAccessibleName(tr("Sort by"));
    m_gridButton->setAccessibleName(tr("Show as a grid"));
    m_gridButton->setAccessibleDescription(m_gridButton->toolTip());
    m_view->setAccessibleName(tr("Products"));
    m_view->setAccessibleDescription(tr("The products that match the filters; Enter adds the chosen one to the cart"));

    auto *delegate = new ProductCardDelegate(this);
    m_view->setItemDelegate(delegate);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setMouseTracking(true);
    setGridView(true);

    auto *filterBar = new QWidget(this);
    auto *filters = new QHBoxLayout(filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_category);
    filters->addWidget(m_brand);
    filters->addWidget(new QLabel(tr("Price:"), this));
    filters->addWidget(m_minPrice);
    filters->addWidget(m_maxPrice);
    filters->addWidget(m_inStock);
    filters->addWidget(m_onSale);
    filters->addWidget(m_watched);
    filters->addWidget(m_sort);
    filters->addWidget(m_gridButton);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setObjectName(u"shopSplitter"_qs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // First start: the cards get most of the width whatever the language (left to the size hints,
    // German's longer words gave the detail a third more and the grid a column less).
    const int unit = fontMetrics().averageCharWidth();
    m_splitter->setSizes({unit * 115, unit * 55});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_count);

    // Search as you type: each key restarts a short pause, so a fast typist's words are one query.
    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_typing, &QTimer::timeout, this, &ShopPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_minPrice, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_maxPrice, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_category, m_brand, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, &ShopPane::applyFilter);
    for (QCheckBox *box : {m_inStock, m_onSale, m_watched})
        connect(box, &QCheckBox::toggled, this, &ShopPane::applyFilter);
    connect(m_gridButton, &QToolButton::toggled, this, &ShopPane::setGridView);
    connect(m_model, &ProductListModel::matchCountChanged, this, &ShopPane::showCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_detail->showProduct(current.isValid() ? current.data(ProductListModel::IdRole).toLongLong() : -1);
    });
    connect(m_detail, &ProductDetailView::addToCart, this, &ShopPane::addToCart);
    // Enter on a card adds it (its first variant in stock, one of it) once its detail is shown.
    const auto addCurrent = [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && m_detail->productId() == current.data(ProductListModel::IdRole).toLongLong()
            && m_detail->addButton()->isEnabled())
            m_detail->addButton()->click();
    };
    ShortcutsDialog::setShortcutArea(this, tr("Shop"), 5);
    auto *addAction = new QAction(tr("Add the chosen product to the cart"), m_view);
    addAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    addAction->setShortcutContext(Qt::WidgetShortcut);
    connect(addAction, &QAction::triggered, this, addCurrent);
    m_view->addAction(addAction);
    connect(m_detail, &ProductDetailView::openLink, this, &ShopPane::openLink);
    connect(m_detail, &ProductDetailView::watchChanged, this, &ShopPane::setWatched);
    connect(m_detail, &ProductDetailView::shown, this, [this](qint64 productId) {
        // The shopper has seen what the watch list noticed.
        if (m_writer && !m_detail->detail().row.watchNote.isEmpty())
            m_writer->run([productId](Store &store) { (void)WatchList(store.database()).seen(productId); });
    });
}

void ShopPane::start()
{
    // The shop is read when it is first shown: a window opening on the News tab does not wait for
    // the reader thread to page through products nobody is looking at.
    m_storeOpen = true;
    if (isVisible())
        begin();
}

void ShopPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_storeOpen && !m_started)
        begin();
}

void ShopPane::begin()
{
    if (m_started)
        return;
    m_started = true;
    loadFilterChoices();
    applyFilter();
}

void ShopPane::refreshed()
{
    if (!m_started)
        return;
    loadFilterChoices();
    m_model->reload();
    if (m_detail->productId() >= 0)
        m_detail->showProduct(m_detail->productId());
}

void ShopPane::setRemoteImages(RemoteImages *images)
{
    if (m_images)
        disconnect(m_images, nullptr, this, nullptr);
    m_images = images;
    m_detail->setRemoteImages(images);
    if (m_images)
        connect(m_images, &RemoteImages::loaded, this, &ShopPane::thumbnailArrived);
}

void ShopPane::showProduct(qint64 productId)
{
    m_detail->showProduct(productId);
}

void ShopPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ShopPane::setGridView(bool grid)
{
    auto *delegate = static_cast<ProductCardDelegate *>(m_view->itemDelegate());
    delegate->grid = grid;
    m_gridButton->setText(grid ? tr("Grid") : tr("List"));
    if (grid) {
        m_view->setViewMode(QListView::IconMode);
        m_view->setResizeMode(QListView::Adjust);
        m_view->setMovement(QListView::Static);
        m_view->setWrapping(true);
        m_view->setSpacing(6);
    } else {
        m_view->setViewMode(QListView::ListMode);
        m_view->setWrapping(false);
        m_view->setSpacing(0);
    }
    if (m_gridButton->isChecked() != grid)
        m_gridButton->setChecked(grid);
    m_view->doItemsLayout();
}

ProductFilter ShopPane::currentFilter() const
{
    ProductFilter f;
    f.search = m_search->text();
    f.category = m_category->currentIndex() > 0 ? m_category->currentText() : QString();
    f.brand = m_brand->currentIndex() > 0 ? m_brand->currentText() : QString();
    f.minPriceMinor = hundredths(m_minPrice->text());
    f.maxPriceMinor = hundredths(m_maxPrice->text());
    f.inStockOnly = m_inStock->isChecked();
    f.onSaleOnly = m_onSale->isChecked();
    f.watchedOnly = m_watched->isChecked();
    f.sort = ProductFilter::Sort(m_sort->currentData().toInt());
    return f;
}

void ShopPane::applyFilter()
{
    m_typing->stop();
    if (!m_started)
        return;
    const ProductFilter f = currentFilter();
    if (f == m_model->filter() && m_model->rowCount() > 0)
        return;
    m_model->setFilter(f);
}

void ShopPane::showCount(int count)
{
    m_count->setText(tr("%n product(s)", nullptr, count));
}

void ShopPane::loadFilterChoices()
{
    if (!m_reader)
        return;
    struct Choices
    {
        QStringList categories;
        QStringList brands;
    };
    QPointer<ShopPane> self(this);
    // The application is the continuation's context, not this: Qt 6.4 asserts when the context is
    // gone before the job ends (a pane closed while a read runs). self says whether this still is.
    m_reader->run([](Store &store) {
                ShopQueries shop(store.database());
                return Choices{shop.categories(), shop.brands()};
            })
            .then(QCoreApplication::instance(), [self](const Choices &choices) {
                if (!self)
                    return;
                const auto refill = [](QComboBox *box, const QStringList &names) {
                    const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
                    const QSignalBlocker blocker(box);
                    while (box->count() > 1)
                        box->removeItem(1);
                    box->addItems(names);
                    const int at = current.isEmpty() ? 0 : box->findText(current);
                    box->setCurrentIndex(qMax(0, at));
                };
                refill(self->m_category, choices.categories);
                refill(self->m_brand, choices.brands);
            });
}

QPixmap ShopPane::thumbnail(const QUrl &url) const
{
    if (url.isEmpty() || !m_images)
        return {};
    if (const QPixmap *p = m_thumbnails.object(url))
        return *p;
    const QImage cached = m_images->cached(url);
    if (!cached.isNull()) {
        auto *p = new QPixmap(QPixmap::fromImage(
                cached.scaled(kCardImage, kCardImage, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        QPixmap copy = *p;
        m_thumbnails.insert(url, p);
        return copy;
    }
    if (!m_asked.contains(url) && m_images->request(url))
        m_asked.insert(url);
    return {};
}

void ShopPane::thumbnailArrived(const QUrl &url, const QImage &image)
{
    if (!m_asked.remove(url))
        return;
    m_thumbnails.insert(url,
                        new QPixmap(QPixmap::fromImage(
                                image.scaled(kCardImage, kCardImage, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
    m_view->viewport()->update();
}

void ShopPane::setWatched(qint64 productId, bool watched)
{
    if (!m_writer)
        return;
    QPointer<ShopPane> self(this);
    m_writer->run([productId, watched](Store &store) {
                WatchList list(store.database());
                return watched ? list.watch(productId) : list.unwatch(productId);
            })
            .then(QCoreApplication::instance(), [self](bool) {
                if (self && self->m_watched->isChecked())
                    self->m_model->reload();
            });
}

void ShopPane::saveState(QSettings &settings) const
{
    settings.setValue(u"shop/splitter"_qs, m_splitter->saveState());
}

void ShopPane::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(u"shop/splitter"_qs).toByteArray());
}

} // namespace tidings::ui

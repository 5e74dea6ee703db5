#include "ProductListModel.h"

#include "shop/Cart.h"
#include "storage/StorageThread.h"

#include <QCoreApplication>
#include <QUrl>

namespace tidings {

ProductListModel::ProductListModel(StorageThread *reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{ }

void ProductListModel::setFilter(const ProductFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_loading = false;
    m_exhausted = false;
    m_hasFilter = true;
    m_matchCount = -1;
    ++m_generation;
    m_wanted->store(m_generation);
    endResetModel();
    fetchMore({});
    if (!m_reader)
        return;
    const quint64 generation = m_generation;
    const auto wanted = m_wanted;
    QPointer<ProductListModel> self(this);
    // The application is the continuation's context, not this: Qt 6.4 asserts when the context is
    // gone before the job ends (a pane closed while a read runs). self says whether this still is.
    m_reader->run([filter, wanted, generation](Store &store) {
                return wanted->load() == generation ? ShopQueries(store.database()).count(filter) : -1;
            })
            .then(QCoreApplication::instance(), [self, generation](int count) {
                if (!self || generation != self->m_generation)
                    return;
                self->m_matchCount = count;
                emit self->matchCountChanged(count);
            });
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.title;
    case Qt::ToolTipRole:
        return r.brand.isEmpty() ? r.title : tr("%1, by %2").arg(r.title, r.brand);
    case IdRole:
        return r.id;
    case PriceTextRole:
        return formatMoney(r.price);
    case RegularPriceTextRole:
        return r.onSale ? formatMoney(r.regularPrice) : QString();
    case OnSaleRole:
        return r.onSale;
    case InStockRole:
        return r.inStock;
    case ImageUrlRole:
        return QUrl(r.imageUrl);
    case BrandRole:
        return r.brand;
    case CategoryRole:
        return r.category;
    case SiteRole:
        return r.siteName;
    case WatchedRole:
        return r.watched;
    case WatchNoteRole:
        return r.watchNote;
    case VariantCountRole:
        return r.variantCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "productId"},
                  {PriceTextRole, "price"},
                  {RegularPriceTextRole, "regularPrice"},
                  {OnSaleRole, "onSale"},
                  {InStockRole, "inStock"},
                  {ImageUrlRole, "imageUrl"},
                  {BrandRole, "brand"},
                  {CategoryRole, "category"},
                  {SiteRole, "site"},
                  {WatchedRole, "watched"},
                  {WatchNoteRole, "watchNote"},
                  {VariantCountRole, "variantCount"}});
    return names;
}

bool ProductListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    return m_hasFilter && !m_loading && !m_exhausted && m_reader;
}

void ProductListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canFetchMore(parent))
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const ProductFilter filter = m_filter;
    const int offset = int(m_rows.size());
    const auto wanted = m_wanted;
    QPointer<ProductListModel> self(this);
    m_reader->run([filter, offset, wanted, generation](Store &store) {
                if (wanted->load() != generation)
                    return QList<ProductRow>(); // a newer filter came; its page is queued behind
                return ShopQueries(store.database()).products(filter, offset, kPageSize);
            })
            .then(QCoreApplication::instance(), [self, generation](const QList<ProductRow> &page) {
                if (self)
                    self->appendPage(generation, page);
            });
}

void ProductListModel::appendPage(quint64 generation, const QList<ProductRow> &page)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_exhausted = page.size() < kPageSize;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows += page;
        endInsertRows();
    }
    emit pageLoaded(int(page.size()));
}

} // namespace tidings

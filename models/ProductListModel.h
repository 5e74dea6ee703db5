#pragma once

#include "storage/ShopQueries.h"

#include <QAbstractListModel>
#include <QPointer>

#include <atomic>
#include <memory>

namespace tidings {

class StorageThread;

// The shop's products, lazily, a page at a time, read on the reader thread (its own read-only
// connection), never on the GUI thread: fetchMore() asks for the next page and returns at once; the
// rows are inserted when the page arrives. A new filter replaces the rows.
class ProductListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 product id
        PriceTextRole, // QString, the price now in the user's locale ("$15.99")
        RegularPriceTextRole, // QString, the regular price when on sale, else empty
        OnSaleRole, // bool
        InStockRole, // bool
        ImageUrlRole, // QUrl of the main image, may be empty
        BrandRole, // QString
        CategoryRole, // QString
        SiteRole, // QString, the store's site name
        WatchedRole, // bool
        WatchNoteRole, // QString, "price drop" / "back in stock" until seen
        VariantCountRole, // int
    };

    static constexpr int kPageSize = 120;

    explicit ProductListModel(StorageThread *reader, QObject *parent = nullptr);

    void setFilter(const ProductFilter &filter);
    [[nodiscard]] const ProductFilter &filter() const { return m_filter; }
    // Reads the list again from the top (after a refresh), keeping the filter.
    void reload() { setFilter(m_filter); }
    // How many products match the filter, once counted (-1 before).
    [[nodiscard]] int matchCount() const { return m_matchCount; }
    [[nodiscard]] const ProductRow &product(int row) const { return m_rows.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    [[nodiscard]] bool isLoading() const { return m_loading; }

signals:
    void pageLoaded(int rows);
    void matchCountChanged(int count);

private:
    void appendPage(quint64 generation, const QList<ProductRow> &page);

    QPointer<StorageThread> m_reader;
    ProductFilter m_filter;
    QList<ProductRow> m_rows;
    quint64 m_generation = 0; // pages asked for under an earlier filter are dropped
    // The generation the reader thread should still work for: reads queued for an earlier filter
    // (a keystroke ago) are skipped there rather than run and thrown away.
    std::shared_ptr<std::atomic<quint64>> m_wanted = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
    bool m_exhausted = false;
    bool m_hasFilter = false;
    int m_matchCount = -1;
};

} // namespace tidings

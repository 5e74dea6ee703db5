#pragma once

#include <QCache>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QListView;
class QSplitter;
class QTimer;
class QToolButton;

namespace tidings {
class ProductListModel;
class RemoteImages;
class StorageThread;
struct ProductFilter;
} // namespace tidings

namespace tidings::ui {

class ProductDetailView;

// The Shop tab: product cards in a grid (or a list), filters, sort, search as you type, and the
// chosen product in full beside them. Reads go to the reader thread; the watch list to the writer.
class ShopPane : public QWidget
{
    Q_OBJECT

public:
    ShopPane(StorageThread *writer, StorageThread *reader, QWidget *parent = nullptr);

    // Once both threads' stores are open; the products are read when the pane is first shown.
    void start();
    // After a refresh stored products: the list and the filter menus are read again.
    void refreshed();
    void setRemoteImages(RemoteImages *images);
    // The split between the products and the detail, kept across restarts.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);
    void focusSearch();
    void setGridView(bool grid);
    // Shows one product in full (from "In this article"), whatever the list shows.
    void showProduct(qint64 productId);

    // The filter the controls describe, applied now rather than after the typing pause.
    void applyFilter();
    [[nodiscard]] ProductFilter currentFilter() const;

    // A thumbnail for a card: from memory, else asked for (the card repaints when it comes); null
    // while loading or when pictures are off.
    [[nodiscard]] QPixmap thumbnail(const QUrl &url) const;

    [[nodiscard]] ProductListModel *model() const { return m_model; }
    [[nodiscard]] QListView *productView() const { return m_view; }
    [[nodiscard]] ProductDetailView *detail() const { return m_detail; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QComboBox *categoryChoice() const { return m_category; }
    [[nodiscard]] QComboBox *sortChoice() const { return m_sort; }
    [[nodiscard]] QCheckBox *inStockOnly() const { return m_inStock; }
    [[nodiscard]] QCheckBox *onSaleOnly() const { return m_onSale; }
    [[nodiscard]] QCheckBox *watchedOnly() const { return m_watched; }

signals:
    void addToCart(qint64 variantId, int quantity);
    void openLink(const QUrl &url);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void begin();
    void loadFilterChoices();
    void showCount(int count);
    void thumbnailArrived(const QUrl &url, const QImage &image);
    void setWatched(qint64 productId, bool watched);

    QPointer<StorageThread> m_writer;
    QPointer<StorageThread> m_reader;
    QPointer<RemoteImages> m_images;
    ProductListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_category;
    QComboBox *m_brand;
    QLineEdit *m_minPrice;
    QLineEdit *m_maxPrice;
    QCheckBox *m_inStock;
    QCheckBox *m_onSale;
    QCheckBox *m_watched;
    QComboBox *m_sort;
    QToolButton *m_gridButton;
    QListView *m_view;
    ProductDetailView *m_detail;
    QSplitter *m_splitter;
    QLabel *m_count;
    QTimer *m_typing;
    bool m_storeOpen = false;
    bool m_started = false; // products read (the pane has been shown with the store open)
    mutable QCache<QUrl, QPixmap> m_thumbnails;
    mutable QSet<QUrl> m_asked;
};

} // namespace tidings::ui

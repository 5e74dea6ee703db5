#pragma once

#include "storage/ShopQueries.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace tidings {
class RemoteImages;
class StorageThread;
} // namespace tidings

namespace tidings::ui {

// One product in full: every image, the sanitised description, a choice of variant (colour, size),
// a quantity and "Add to cart". Read on the reader thread; images through RemoteImages.
class ProductDetailView : public QWidget
{
    Q_OBJECT

public:
    ProductDetailView(StorageThread *reader, QWidget *parent = nullptr);
    void setRemoteImages(RemoteImages *images);

    // Shows a product (read from the store, then shown); -1 clears.
    void showProduct(qint64 productId);
    [[nodiscard]] qint64 productId() const { return m_detail.row.id; }
    [[nodiscard]] const ProductDetail &detail() const { return m_detail; }

    [[nodiscard]] QComboBox *variantChoice() const { return m_variants; }
    [[nodiscard]] QSpinBox *quantity() const { return m_quantity; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *watchButton() const { return m_watch; }

signals:
    void addToCart(qint64 variantId, int quantity);
    void watchChanged(qint64 productId, bool watched);
    void openLink(const QUrl &url);
    void shown(qint64 productId);

private:
    void display(const ProductDetail &detail);
    void showVariant();
    void showImage(const QUrl &url);
    void imageArrived(const QUrl &url, const QImage &image);

    QPointer<StorageThread> m_reader;
    QPointer<RemoteImages> m_images;
    ProductDetail m_detail;
    quint64 m_generation = 0;
    QUrl m_mainImage;
    QLabel *m_image;
    QHBoxLayout *m_thumbs;
    QLabel *m_title;
    QLabel *m_byline;
    QLabel *m_price;
    QLabel *m_availability;
    QComboBox *m_variants;
    QFormLayout *m_choose = nullptr; // variant and quantity, hidden with their labels
    QSpinBox *m_quantity;
    QPushButton *m_add;
    QPushButton *m_watch;
    QPushButton *m_open;
    QLabel *m_mentions; // the articles that name the product
    QTextBrowser *m_description;
};

// "In this article": cards for the products an article names or links to, shown under the reader.
// Choosing one shows it in the Shop tab.
class InThisArticle : public QWidget
{
    Q_OBJECT

public:
    InThisArticle(StorageThread *reader, QWidget *parent = nullptr);
    void setRemoteImages(RemoteImages *images);
    // Reads the article's products (on the reader thread) and shows them; hidden when there are none.
    void showArticle(qint64 articleId);
    [[nodiscard]] const QList<ProductRow> &products() const { return m_products; }

signals:
    void productChosen(qint64 productId);
    // Whether there is anything to show, after each article.
    void available(bool any);

private:
    void display(const QList<ProductRow> &products);
    void imageArrived(const QUrl &url, const QImage &image);

    QPointer<StorageThread> m_reader;
    QPointer<RemoteImages> m_images;
    QList<ProductRow> m_products;
    quint64 m_generation = 0;
    QHBoxLayout *m_cards;
};

} // namespace tidings::ui

#include "MainWindow.h"

#include "storage/DemoSite.h"
#include "storage/StorageThread.h"

#include <QCloseEvent>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace tidings::ui {
namespace {

QLabel *makePane(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_storage(new StorageThread(databasePath, this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Tidings"));
    m_newsPane = makePane(m_tabs);
    m_shopPane = makePane(m_tabs);
    m_cartPane = makePane(m_tabs);
    m_tabs->addTab(m_newsPane, tr("&News"));
    m_tabs->addTab(m_shopPane, tr("&Shop"));
    m_tabs->addTab(m_cartPane, tr("&Cart"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    resize(1100, 720);

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_qs).toByteArray());
    m_tabs->setCurrentIndex(settings.value(u"window/tab"_qs, 0).toInt());

    m_newsPane->setText(tr("Opening the database…"));
    openStore();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_qs, saveGeometry());
    settings.setValue(u"window/tab"_qs, m_tabs->currentIndex());
    QMainWindow::closeEvent(event);
}

void MainWindow::openStore()
{
    m_storage->open().then(this, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_newsPane->setText(tr("Tidings cannot open its database.\n\n%1").arg(error));
            statusBar()->showMessage(error);
            return;
        }
        // A first start shows the bundled demo site, imported on the storage thread.
        m_storage
                ->run([](Store &store) {
                    if (!isEmptyStore(store))
                        return QString();
                    const ImportResult result = importDemoSite(store);
                    return result.ok() ? tr("Welcome! This is a demo site, so there is something to read. "
                                            "Add a real site when you are ready.")
                                       : result.error;
                })
                .then(this, [this](const QString &message) {
                    if (!message.isEmpty())
                        statusBar()->showMessage(message);
                    refreshStats();
                });
    });
}

void MainWindow::refreshStats()
{
    m_storage->run([](Store &store) { return store.stats(); }).then(this, [this](const StoreStats &stats) {
        showStats(stats);
    });
}

void MainWindow::showStats(const StoreStats &stats)
{
    m_newsPane->setText(tr("%n article(s) stored, %1 unread, with %2 comments.", nullptr, int(stats.articles))
                                .arg(stats.unread)
                                .arg(stats.comments));
    m_shopPane->setText(tr("%n product(s) in the shop.", nullptr, int(stats.products)));
    m_cartPane->setText(stats.cartLines == 0 ? tr("Your cart is empty.")
                                             : tr("%n line(s) in your cart.", nullptr, int(stats.cartLines)));
    m_tabs->setTabText(2, tr("&Cart (%1)").arg(stats.cartLines));
}

} // namespace tidings::ui

#include "MainWindow.h"

#include "NewsPane.h"
#include "storage/DemoSite.h"
#include "storage/StorageThread.h"
#include "sync/RefreshScheduler.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
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
    // Views read through their own read-only connection, so they never queue behind an import.
    m_readerThread = new StorageThread(databasePath, this, Database::Mode::ReadOnly);
    m_newsPane = new NewsPane(m_storage, m_readerThread, m_tabs);
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
    m_newsPane->restoreState(settings.value(u"news/splitter"_qs).toByteArray());

    // The scheduler exists from the start so its action works; it runs once the store is open.
    StorageThread *storage = m_storage;
    m_scheduler
            = new RefreshScheduler([storage](RefreshEngine::StoreJob job) { storage->run(std::move(job)); }, {}, this);
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *refreshAll = fileMenu->addAction(tr("&Refresh All"));
    refreshAll->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refreshAll, &QAction::triggered, m_scheduler, [this] { m_scheduler->refreshNow(); });
    auto *find = fileMenu->addAction(tr("&Search"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_newsPane);
        m_newsPane->focusSearch();
    });
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_refreshLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_onlineLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_refreshLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_onlineLabel);
    auto showOnline = [this](bool online) {
        m_onlineLabel->setText(online ? tr("Online") : tr("Offline"));
    };
    showOnline(m_scheduler->isOnline());
    connect(m_scheduler, &RefreshScheduler::onlineChanged, this, showOnline);
    connect(m_scheduler, &RefreshScheduler::progress, this, &MainWindow::showProgress);
    connect(m_scheduler, &RefreshScheduler::refreshFinished, this, &MainWindow::showRefreshResult);

    openStore();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_qs, saveGeometry());
    settings.setValue(u"window/tab"_qs, m_tabs->currentIndex());
    settings.setValue(u"news/splitter"_qs, m_newsPane->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::openStore()
{
    m_storage->open().then(this, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_shopPane->setText(tr("Tidings cannot open its database.\n\n%1").arg(error));
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
                    // The reader opens once the writer has brought the schema up to date.
                    m_readerThread->open().then(this, [this](const QString &readerError) {
                        if (readerError.isEmpty())
                            m_newsPane->start();
                        else
                            statusBar()->showMessage(readerError);
                    });
                    m_scheduler->start();
                });
    });
}

void MainWindow::showProgress(int done, int total, const QString &current)
{
    m_progress->setVisible(total > 0 && done < total);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    QString text;
    if (done < total) {
        text = current.isEmpty() ? tr("Refreshing %1 of %2").arg(done + 1).arg(total)
                                 : tr("Refreshing %1 of %2: %3").arg(done + 1).arg(total).arg(current);
    }
    m_refreshLabel->setText(text);
}

void MainWindow::showRefreshResult(const RefreshSummary &summary)
{
    m_progress->hide();
    m_refreshLabel->clear();
    if (summary.failed > 0)
        statusBar()->showMessage(tr("%n feed(s) could not be refreshed; see tidings sites", nullptr, summary.failed));
    if (summary.counts.added + summary.counts.updated > 0) {
        refreshStats();
        m_newsPane->refreshed();
    }
}

void MainWindow::refreshStats()
{
    m_storage->run([](Store &store) { return store.stats(); }).then(this, [this](const StoreStats &stats) {
        showStats(stats);
    });
}

void MainWindow::showStats(const StoreStats &stats)
{
    m_shopPane->setText(tr("%n product(s) in the shop.", nullptr, int(stats.products)));
    m_cartPane->setText(stats.cartLines == 0 ? tr("Your cart is empty.")
                                             : tr("%n line(s) in your cart.", nullptr, int(stats.cartLines)));
    m_tabs->setTabText(2, tr("&Cart (%1)").arg(stats.cartLines));
}

} // namespace tidings::ui

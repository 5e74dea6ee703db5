#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace tidings {
class StorageThread;
struct StoreStats;
} // namespace tidings

namespace tidings::ui {

// The main window: News, Shop and Cart tabs over the store. The store lives on its own thread;
// the window only ever waits for it through futures.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void openStore();
    void showStats(const StoreStats &stats);
    void refreshStats();

    StorageThread *m_storage = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_newsPane = nullptr;
    QLabel *m_shopPane = nullptr;
    QLabel *m_cartPane = nullptr;
};

} // namespace tidings::ui

#include "Gui.h"

#include "Icons.h"
#include "MainWindow.h"
#include "storage/DataLocation.h"

#include <QApplication>
#include <QMessageBox>

namespace tidings::ui {

int runWindow(int &argc, char **argv, const QString &dataDir, const std::function<void(QCoreApplication &)> &setup)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Tidings"_qs);
    QApplication::setDesktopFileName(u"org.tidings.Tidings"_qs);
    // Every window (dialogs too) and, where the desktop reads it from the window, the task switcher.
    QApplication::setWindowIcon(applicationIcon());
    if (setup)
        setup(app);
    const QString path = databasePath(dataDirectory(dataDir));
    if (path.isEmpty()) {
        QMessageBox::critical(nullptr, MainWindow::tr("Tidings"),
                              MainWindow::tr("Tidings cannot create its data folder %1.").arg(dataDirectory(dataDir)));
        return 1;
    }
    MainWindow window(path);
    window.show();
    return QApplication::exec();
}

} // namespace tidings::ui

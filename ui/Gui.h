#pragma once

// Deliberately free of QtWidgets: main.cpp (in the widget-free core) includes it.
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace tidings::ui {

// Creates the QApplication, shows the main window on the database in dataDir (the default data
// folder when empty) and runs the event loop. setup runs once the application object exists.
int runWindow(int &argc, char **argv, const QString &dataDir, const std::function<void(QCoreApplication &)> &setup);

} // namespace tidings::ui

// The floor of bench_window: a bare Qt Widgets window the size of CaseDesk's, with what every
// desktop window has (a menu bar, a sidebar list, a table of a few dozen rows, a status bar), made
// the way `casedesk --screenshot` makes its own: shown, laid out, grabbed and saved as a PNG. What
// CaseDesk costs above this is its own doing; the process start, Qt's start and the PNG are not.
//
//   bench_bare_window --screenshot FILE.png

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qsizetype option = arguments.indexOf(QStringLiteral("--screenshot"));
    if (option < 0 || option + 1 >= arguments.size()) {
        std::fprintf(stderr, "usage: bench_bare_window --screenshot FILE.png\n");
        return 2;
    }
    QMainWindow window;
    window.resize(1280, 800);
    window.menuBar()->addMenu(QStringLiteral("&Fichier"))->addAction(QStringLiteral("&Quitter"));
    auto* central = new QWidget(&window);
    auto* layout = new QHBoxLayout(central);
    auto* sidebar = new QListWidget(central);
    for (const char* area :
         { "Campagnes", "Procédures", "Échéances", "Pièces", "Dons", "Association", "Synchro" })
        sidebar->addItem(QString::fromUtf8(area));
    sidebar->setFixedWidth(170);
    auto* model = new QStandardItemModel(40, 8, &window);
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            model->setItem(row, column,
                           new QStandardItem(QStringLiteral("Cellule %1, %2").arg(row).arg(column)));
    }
    auto* table = new QTableView(central);
    table->setModel(model);
    layout->addWidget(sidebar);
    layout->addWidget(table, 1);
    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("Prêt"));
    window.show();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return window.grab().save(arguments.at(option + 1), "PNG") ? 0 : 1;
}

// Help → About Data, offscreen: the window lists every shipped data table with a source under each,
// shows the bibliography of docs/references.md, and opens from the Help menu.
#include <QAction>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QtTest>

#include "ui/about/about_data_dialog.h"
#include "ui/window/main_actions.h"

namespace {

QStringList bibliographyEntries()
{
  QFile file(QStringLiteral(CARBONDSE_SOURCE_DIR "/docs/references.md"));
  if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
    return {};
  QStringList entries;
  const QString text = QString::fromUtf8(file.readAll());
  const QRegularExpression heading(QStringLiteral("^### (R\\d+)$"), QRegularExpression::MultilineOption);
  for (auto it = heading.globalMatch(text); it.hasNext();)
    entries << it.next().captured(1);
  return entries;
}

}   // namespace

class TestAboutDataDialog : public QObject {
  Q_OBJECT
private slots:
  void listsEveryDataFileWithSources();
  void showsTheWholeBibliography();
  void opensFromTheHelpMenu();
};

void TestAboutDataDialog::listsEveryDataFileWithSources()
{
  AboutDataDialog dialog;
  dialog.show();
  QVERIFY(QTest::qWaitForWindowExposed(&dialog));

  const QStringList shipped = QDir(QStringLiteral(CARBONDSE_SOURCE_DIR "/resources/data"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
  QVERIFY(shipped.size() >= 10);
  QCOMPARE(dialog.tableNames(), shipped);

  auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("aboutDataTables"));
  QVERIFY(tree);
  for (int i = 0; i < tree->topLevelItemCount(); ++i) {
    const QTreeWidgetItem* table = tree->topLevelItem(i);
    QVERIFY2(table->childCount() > 0, qPrintable(table->text(0)));
    for (int j = 0; j < table->childCount(); ++j) {
      QVERIFY(!table->child(j)->text(0).isEmpty());
      QVERIFY(!table->child(j)->text(1).trimmed().isEmpty());
    }
  }
  // An entry is named by its path and id, with the source the data file gives.
  const auto world = tree->findItems(QStringLiteral("regions[0] (world)"), Qt::MatchExactly | Qt::MatchRecursive);
  QCOMPARE(world.size(), 1);
  QVERIFY(world[0]->text(1).contains(QStringLiteral("Our World in Data")));
  QVERIFY(world[0]->text(1).contains(QStringLiteral("R6")));
}

void TestAboutDataDialog::showsTheWholeBibliography()
{
  AboutDataDialog dialog;
  const QStringList entries = bibliographyEntries();
  QVERIFY(entries.size() >= 20);
  const QString shown = dialog.referencesText();
  for (const QString& entry : entries)
    QVERIFY2(shown.contains(entry), qPrintable(entry));
  QVERIFY(shown.contains(QStringLiteral("ACT: Designing Sustainable Computer Systems")));
  QVERIFY(shown.contains(QStringLiteral("Carbon Aware Transformers Through Joint Model-Hardware Optimization")));
}

void TestAboutDataDialog::opensFromTheHelpMenu()
{
  QMainWindow window;
  auto* actions = new MainActions(&window);
  QVERIFY(actions->helpMenu->actions().contains(actions->aboutData));
  QVERIFY(!actions->aboutData->text().isEmpty());
  actions->aboutData->trigger();
  auto* dialog = window.findChild<AboutDataDialog*>();
  QVERIFY(dialog);
  QVERIFY(dialog->isVisible());
  QCOMPARE(dialog->tableNames().size(),
           QDir(QStringLiteral(CARBONDSE_SOURCE_DIR "/resources/data")).entryList({QStringLiteral("*.json")}).size());
  dialog->close();
}

QTEST_MAIN(TestAboutDataDialog)
#include "test_about_data_dialog.moc"

// The search panel's algorithm list is the core registry's: one item per entry, the name as the
// item's data (what runs and files store), the title as its text, the description as its tooltip.
#include <QComboBox>
#include <QtTest>

#include "core/search/algorithms/algorithm_registry.h"
#include "core/search/scenario/scenario.h"
#include "ui/search/search_controller.h"
#include "ui/search/search_panel.h"

class TestSearchPanelAlgorithms : public QObject {
  Q_OBJECT

private slots:
  void listsEveryRegisteredAlgorithmByTitle()
  {
    SearchController controller;
    SearchPanel panel(&controller);
    auto* combo = panel.findChild<QComboBox*>(QStringLiteral("searchAlgorithm"));
    QVERIFY(combo);
    const auto& registry = cdse::algorithm_registry();
    QCOMPARE(combo->count(), static_cast<int>(registry.size()));
    for (int i = 0; i < combo->count(); ++i) {
      const auto& entry = registry[static_cast<std::size_t>(i)];
      QCOMPARE(combo->itemData(i).toString(), QString::fromStdString(entry.name));
      QCOMPARE(combo->itemText(i), QString::fromStdString(entry.title));   // no translator installed
      QCOMPARE(combo->itemData(i, Qt::ToolTipRole).toString(), QString::fromStdString(entry.description));
    }
  }

  void selectsTheScenarioAlgorithm()
  {
    SearchController controller;
    SearchPanel panel(&controller);
    cdse::Scenario scenario = cdse::builtin_scenario("hw-only-tinyclip");
    scenario.algorithm.name = "sobol";
    panel.setScenario(scenario);
    auto* combo = panel.findChild<QComboBox*>(QStringLiteral("searchAlgorithm"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("sobol"));
    QCOMPARE(combo->currentText(), QStringLiteral("Sobol sampling"));
  }
};

QTEST_MAIN(TestSearchPanelAlgorithms)
#include "test_search_panel_algorithms.moc"

// The A/B panel (issue 16) on real designs (the reference scenario's baselines), checked against
// the core scorer, not against the panel: every delta in the table is the difference of the design
// scored independently under B and under A; the optima are the lowest feasible totals under each
// set; Swap and Copy A → B do what they say; "Show" puts a set in the sliders as one undoable edit;
// the main window shows the panel as a tab beside Design Details and feeds it the pins.
#include <QAction>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

#include "core/carbon/carbon_scorer.h"
#include "core/search/scenario/scenario.h"
#include "ui/ab/ab_panel.h"
#include "ui/assumptions/assumptions_panel.h"
#include "ui/explorer/explorer_model.h"
#include "ui/window/language_manager.h"
#include "ui/window/main_actions.h"
#include "ui/window/main_window.h"
#include "reference_baselines.h"
#include "ui/window/report_input_builder.h"

namespace {

// Poland's grid for twice the lifetime: the question.
cdse::CarbonSettings otherSet(cdse::CarbonSettings s)
{
  s.grid_region.clear();
  s.grid_intensity_g_per_kwh = 662.0;
  s.lifetime_years *= 2;
  return s;
}

double cellNumber(const QTableWidget* table, int row, int col)
{
  QString text = table->item(row, col)->text();
  text.remove(QLatin1Char('+')).remove(QStringLiteral(" %"));
  bool ok = false;
  const double v = QLocale().toDouble(text, &ok);
  return ok ? v : std::nan("");
}

}   // namespace

class TestAbPanel : public QObject {
  Q_OBJECT
private slots:
  void initTestCase()
  {
    QCoreApplication::setOrganizationName(QStringLiteral("CarbonDSE-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ab_panel"));
  }
  void deltasAreDifferencesOfIndependentScores();
  void optimaAndSaving();
  void swapAndCopy();
  void showPutsASetInTheSlidersUndoably();
};

void TestAbPanel::deltasAreDifferencesOfIndependentScores()
{
  ExplorerModel model;
  const auto designs = referenceBaselineDesigns(model);
  QVERIFY(designs.size() >= 2);
  const cdse::CarbonSettings a = model.carbonSettings(), b = otherSet(a);
  AbPanel panel;
  panel.setSliderSettings(a);
  panel.setDesigns(designs);
  panel.setSets(a, b);
  QVERIFY(!panel.shownComparison());   // stale until recomputed
  panel.compareNow();
  QVERIFY(panel.shownComparison());
  const QTableWidget* table = panel.table();
  QCOMPARE(table->rowCount(), static_cast<int>(designs.size()));   // no candidates: no optimum rows
  for (std::size_t d = 0; d < designs.size(); ++d) {
    const double under_a = cdse::CarbonScorer(a).score(designs[d].invariants).total_kg;
    const double under_b = cdse::CarbonScorer(b).score(designs[d].invariants).total_kg;
    const auto& row = panel.shownComparison()->designs[d];
    QCOMPARE(row.a.total_kg, under_a);
    QCOMPARE(row.b.total_kg, under_b);
    QCOMPARE(row.delta_total_kg(), under_b - under_a);
    QCOMPARE(row.delta_total_fraction().value_or(0), (under_b - under_a) / under_a);
    // What the table shows, to its 4 significant digits.
    const int r = static_cast<int>(d);
    QCOMPARE(table->item(r, 0)->text(), designs[d].label);
    QVERIFY(std::abs(cellNumber(table, r, 1) - under_a) <= 1e-3 * under_a);
    QVERIFY(std::abs(cellNumber(table, r, 2) - under_b) <= 1e-3 * under_b);
    QVERIFY(std::abs(cellNumber(table, r, 3) - (under_b - under_a)) <= 1e-3 * std::abs(under_b - under_a));
    QVERIFY(std::abs(cellNumber(table, r, 4) - 100 * (under_b - under_a) / under_a) <= 0.051);
  }
  QVERIFY(panel.summaryText().contains(QStringLiteral("No candidates")));
}

void TestAbPanel::optimaAndSaving()
{
  ExplorerModel model;
  const auto designs = referenceBaselineDesigns(model);
  auto candidates = std::make_shared<cdse::SweepCandidates>();
  for (const auto& d : designs)
    candidates->designs.push_back(d.invariants);
  const cdse::CarbonSettings a = model.carbonSettings(), b = otherSet(a);
  AbPanel panel;
  panel.setDesigns(designs);
  panel.setCandidates(candidates, QStringLiteral("the baselines"),
                      [](std::size_t i) { return QStringLiteral("baseline %1").arg(i); });
  panel.setSets(a, b);
  panel.compareNow();
  const auto& c = *panel.shownComparison();
  const auto argmin = [&](const cdse::CarbonSettings& s) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < designs.size(); ++i)
      if (cdse::CarbonScorer(s).score(designs[i].invariants).total_kg <
          cdse::CarbonScorer(s).score(designs[best].invariants).total_kg)
        best = i;
    return best;
  };
  QCOMPARE(c.optimal_a.index, std::optional<std::size_t>(argmin(a)));
  QCOMPARE(c.optimal_b.index, std::optional<std::size_t>(argmin(b)));
  QCOMPARE(panel.table()->rowCount(), static_cast<int>(designs.size()) + 2);
  QVERIFY(panel.rowLabels().last().contains(QStringLiteral("baseline %1").arg(argmin(b))));
  const double saving = cdse::CarbonScorer(b).score(designs[argmin(a)].invariants).total_kg -
                        cdse::CarbonScorer(b).score(designs[argmin(b)].invariants).total_kg;
  QCOMPARE(c.switch_saving_kg().value_or(-1), saving);
  if (argmin(a) != argmin(b))
    QVERIFY(panel.summaryText().contains(QLocale().toString(saving, 'g', 4)));
  else
    QVERIFY(panel.summaryText().contains(QStringLiteral("saves nothing")));
}

void TestAbPanel::swapAndCopy()
{
  ExplorerModel model;
  const auto designs = referenceBaselineDesigns(model);
  const cdse::CarbonSettings a = model.carbonSettings(), b = otherSet(a);
  AbPanel panel;
  panel.setDesigns(designs);
  panel.setSets(a, b);
  panel.swapSets();
  QCOMPARE(panel.setA(), b);
  QCOMPARE(panel.setB(), a);
  panel.compareNow();
  const double swapped_delta = panel.shownComparison()->designs[0].delta_total_kg();
  panel.swapSets();
  panel.compareNow();
  QCOMPARE(panel.shownComparison()->designs[0].delta_total_kg(), -swapped_delta);
  panel.copyAToB();
  QCOMPARE(panel.setB(), a);
  panel.compareNow();
  QCOMPARE(panel.shownComparison()->designs[0].delta_total_kg(), 0.0);
}

void TestAbPanel::showPutsASetInTheSlidersUndoably()
{
  LanguageManager languages;
  QVERIFY(languages.setLanguage(QStringLiteral("en")));
  MainWindow window(&languages, false);
  window.resize(1366, 768);
  QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
  window.show();
  ExplorerModel* model = window.model();
  model->pin(DesignRef::baseline(0));
  window.showAbView();
  AbPanel* ab = window.ab();
  auto* dock = qobject_cast<QDockWidget*>(ab->parentWidget());
  QVERIFY(dock && dock->isVisible());
  QVERIFY(!window.tabifiedDockWidgets(dock).isEmpty());   // a tab beside Design Details
  QSignalSpy shown(ab, &AbPanel::comparisonShown);
  QVERIFY(shown.wait(5000));   // computed because visible
  QCOMPARE(ab->shownComparison()->designs.size(), std::size_t{1});

  const cdse::CarbonSettings original = model->carbonSettings();
  ab->setSets(original, otherSet(original));
  QVERIFY(shown.wait(5000));
  // File ▸ Export ▸ Report carries the comparison as shown.
  const ReportInput report = buildReportInput(*model, *window.fronts(), window.sweep(), ab);
  QVERIFY(report.ab);
  QCOMPARE(static_cast<int>(report.ab->rows.size()), ab->table()->rowCount());
  QCOMPARE(report.ab->rows[0].delta_kg, ab->table()->item(0, 3)->text());
  QCOMPARE(report.ab->summary, ab->summaryText());
  // "Show" beside B: the sliders (and so every score in the app) become B, and Undo brings A back.
  QList<QToolButton*> show;
  for (auto* button : ab->findChildren<QToolButton*>())
    if (button->text() == QStringLiteral("Show") && button->isEnabled())
      show << button;
  QCOMPARE(show.size(), 1);
  show[0]->click();
  QCOMPARE(model->carbonSettings(), otherSet(original));
  QCOMPARE(window.assumptions()->settings().grid_intensity_g_per_kwh, 662.0);
  QCOMPARE(window.assumptions()->settings().lifetime_years, 2 * original.lifetime_years);
  QVERIFY(window.actions()->undo->isEnabled());
  window.actions()->undo->trigger();
  QCOMPARE(model->carbonSettings(), original);
  // The sets themselves are not edits of the sliders: A and B stay as they were.
  QCOMPARE(ab->setB(), otherSet(original));
}

QTEST_MAIN(TestAbPanel)
#include "test_ab_panel.moc"

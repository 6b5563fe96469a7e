// The Sweep panel (issue 16) on real designs (the reference scenario's baselines, scored by the
// core), checked against the scorer, not against the panel: each break-even marker sits where the
// scorer gives operational = embodied within 0.1 %; each plotted total equals the scorer's at that
// value; the carbon-optimal line is the lowest feasible total among the candidates at each value;
// a newer request replaces an older one; a categorical sweep (fab location, node) draws each
// category's bars at the scorer's embodied and operational carbon, the optimum as the minimum; the main window shows the panel as a tab beside Design Details
// and feeds it the pins and the sliders.
#include <QDockWidget>
#include <QSignalSpy>
#include <QtTest>

#include <qcustomplot.h>

#include "core/carbon/carbon_scorer.h"
#include "core/search/scenario/scenario.h"
#include "ui/assumptions/assumptions_panel.h"
#include "ui/assumptions/slider_spin_box.h"
#include "ui/explorer/explorer_model.h"
#include "ui/sweep/sweep_panel.h"
#include "ui/report/report_sweep.h"
#include "ui/sweep/sweep_plot.h"
#include "ui/widgets/sweep_range_editor.h"
#include "ui/window/language_manager.h"
#include "ui/window/main_window.h"
#include "reference_baselines.h"

namespace {

bool waitForSweep(SweepPanel& panel)
{
  QSignalSpy shown(&panel, &SweepPanel::sweepShown);
  return shown.wait(20000);
}

}   // namespace

class TestSweepPanel : public QObject {
  Q_OBJECT
private slots:
  void breakEvenMarkersWhereTheScorerCrosses();
  void optimumIsTheLowestFeasibleCandidate();
  void categoriesAreBarsOfTheScorersCarbon();
  void mainWindowFeedsThePanel();
};

void TestSweepPanel::breakEvenMarkersWhereTheScorerCrosses()
{
  ExplorerModel model;
  const auto designs = referenceBaselineDesigns(model);
  QVERIFY(designs.size() >= 2);
  SweepPanel panel;
  panel.resize(900, 420);
  panel.setCarbonSettings(model.carbonSettings());
  panel.setDesigns(designs);
  for (const auto& info : cdse::sweep_parameters()) {
    if (info.categorical)   // no break-even: categoriesAreBarsOfTheScorersCarbon
      continue;
    panel.setParameter(info.parameter);
    QVERIFY(waitForSweep(panel));
    const auto& sweep = *panel.shownSweep();
    const auto& markers = panel.plot()->breakEvenMarkers();
    QCOMPARE(markers.size(), designs.size());
    int crossings = 0;
    for (std::size_t d = 0; d < designs.size(); ++d) {
      // Every plotted total is the scorer's total at that value.
      for (std::size_t k = 0; k < sweep.steps.size(); k += 20) {
        const auto s = cdse::with_sweep_value(model.carbonSettings(), info.parameter, sweep.steps[k].value);
        QCOMPARE(sweep.steps[k].designs[d].total_kg, cdse::CarbonScorer(s).score(designs[d].invariants).total_kg);
      }
      if (std::isnan(markers[d]))
        continue;
      ++crossings;
      const auto s = cdse::with_sweep_value(model.carbonSettings(), info.parameter, markers[d]);
      const auto c = cdse::CarbonScorer(s).score(designs[d].invariants);
      QVERIFY2(std::abs(c.operational_kg - c.embodied_kg) <= 1e-3 * c.embodied_kg,
               qPrintable(QStringLiteral("%1: operational %2 vs embodied %3")
                              .arg(QString::fromLatin1(info.id))
                              .arg(c.operational_kg)
                              .arg(c.embodied_kg)));
    }
    if (info.parameter == cdse::SweepParameter::GridIntensity)
      QVERIFY(crossings > 0);   // 1–1000 g/kWh covers the baselines' break-even
  }
}

void TestSweepPanel::optimumIsTheLowestFeasibleCandidate()
{
  ExplorerModel model;
  const auto designs = referenceBaselineDesigns(model);
  auto candidates = std::make_shared<cdse::SweepCandidates>();
  for (const auto& d : designs)
    candidates->designs.push_back(d.invariants);
  candidates->constraints.max_area_mm2 = designs[1].invariants.area_mm2;   // drops the larger ones
  SweepPanel panel;
  panel.setCarbonSettings(model.carbonSettings());
  panel.setCandidates(candidates, QStringLiteral("test"), [](std::size_t i) { return QString::number(i); });
  panel.setParameter(cdse::SweepParameter::GridIntensity);
  // A second request right away: only the newest is drawn.
  panel.setParameter(cdse::SweepParameter::LifetimeYears);
  QVERIFY(waitForSweep(panel));
  const auto& sweep = *panel.shownSweep();
  QCOMPARE(sweep.steps.front().value, 0.5);   // the lifetime's range, not the grid's
  for (const auto& step : sweep.steps) {
    const cdse::CarbonScorer scorer(
        cdse::with_sweep_value(model.carbonSettings(), cdse::SweepParameter::LifetimeYears, step.value));
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < designs.size(); ++i) {
      if (designs[i].invariants.area_mm2 > designs[1].invariants.area_mm2)
        continue;
      if (!best || scorer.score(designs[i].invariants).total_kg < scorer.score(designs[*best].invariants).total_kg)
        best = i;
    }
    QCOMPARE(step.optimal, best);
  }
}

void TestSweepPanel::categoriesAreBarsOfTheScorersCarbon()
{
  ExplorerModel model;
  const auto designs = referenceBaselineDesigns(model);
  auto candidates = std::make_shared<cdse::SweepCandidates>();
  for (const auto& d : designs)
    candidates->designs.push_back(d.invariants);
  SweepPanel panel;
  panel.resize(900, 420);
  panel.setCarbonSettings(model.carbonSettings());
  panel.setDesigns(designs);
  panel.setCandidates(candidates, QStringLiteral("test"), [](std::size_t i) { return QStringLiteral("#%1").arg(i); });
  panel.setParameter(cdse::SweepParameter::FabLocation);
  QVERIFY(waitForSweep(panel));
  const auto all = cdse::sweep_categories(cdse::SweepParameter::FabLocation);
  QCOMPARE(panel.shownSweep()->steps.size(), all.size());
  QVERIFY(panel.plot()->breakEvenMarkers().empty());
  const QStringList ticks = panel.plot()->categoryTicks();
  QCOMPARE(ticks.size(), qsizetype(all.size()));
  QVERIFY2(ticks.contains(QStringLiteral("Taiwan (now)")), qPrintable(ticks.join(QLatin1Char(','))));   // the default fab

  // Only two categories, in the table's order (cleanest fab first).
  auto* editor = panel.findChild<SweepRangeEditor*>();
  QVERIFY(editor);
  editor->setCategories({"india", "iceland"});
  QVERIFY(waitForSweep(panel));
  const auto& sweep = *panel.shownSweep();
  QCOMPARE(sweep.steps.size(), std::size_t{2});
  QCOMPARE(sweep.steps[0].category, std::string("iceland"));
  QCOMPARE(sweep.steps[1].category, std::string("india"));

  // The bars: the optimum, then each design's embodied with operational stacked on it.
  QCOMPARE(panel.plot()->plottableCount(), 1 + 2 * static_cast<int>(designs.size()));
  auto* optimum = qobject_cast<QCPBars*>(panel.plot()->plottable(0));
  QVERIFY(optimum);
  for (std::size_t k = 0; k < sweep.steps.size(); ++k) {
    const cdse::CarbonScorer scorer(
        cdse::with_sweep_category(model.carbonSettings(), cdse::SweepParameter::FabLocation, sweep.steps[k].category));
    std::size_t best = 0;
    for (std::size_t d = 0; d < designs.size(); ++d) {
      const auto c = scorer.score(designs[d].invariants);
      auto* embodied = qobject_cast<QCPBars*>(panel.plot()->plottable(1 + 2 * static_cast<int>(d)));
      auto* operational = qobject_cast<QCPBars*>(panel.plot()->plottable(2 + 2 * static_cast<int>(d)));
      QVERIFY(embodied && operational);
      QCOMPARE(operational->barBelow(), embodied);
      QCOMPARE((embodied->data()->begin() + static_cast<int>(k))->value, c.embodied_kg);
      QCOMPARE((operational->data()->begin() + static_cast<int>(k))->value, c.operational_kg);
      if (c.total_kg < scorer.score(designs[best].invariants).total_kg)
        best = d;
    }
    QCOMPARE(sweep.steps[k].optimal, std::optional<std::size_t>(best));
    QCOMPARE((optimum->data()->begin() + static_cast<int>(k))->value, scorer.score(designs[best].invariants).total_kg);
  }

  // The report's table: one row per category with the optimum's name.
  ReportSweep r;
  r.range = panel.shownRange();
  r.sweep = sweep;
  r.designLabels = panel.shownDesignLabels();
  r.candidateLabel = panel.shownCandidateLabel();
  const QString html = report_sweep::section(r);
  QVERIFY(html.contains(QStringLiteral("Iceland")) && html.contains(QStringLiteral("India")));
  QVERIFY(html.contains(QStringLiteral("#%1").arg(*sweep.steps[0].optimal)));
  QVERIFY(!html.contains(QStringLiteral("Break-even")));

  // The node sweep says the designs are rescaled, not searched again.
  panel.setParameter(cdse::SweepParameter::TechnologyNode);
  QVERIFY(waitForSweep(panel));
  QCOMPARE(panel.shownSweep()->steps.size(), cdse::sweep_categories(cdse::SweepParameter::TechnologyNode).size());
}

void TestSweepPanel::mainWindowFeedsThePanel()
{
  LanguageManager languages;
  MainWindow window(&languages, false);
  window.resize(1366, 768);
  QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
  window.show();
  ExplorerModel* model = window.model();
  model->pin(DesignRef::baseline(0));
  window.showSweepView();
  QVERIFY(waitForSweep(*window.sweep()));
  auto* dock = qobject_cast<QDockWidget*>(window.sweep()->parentWidget());
  QVERIFY(dock);
  QVERIFY(!window.tabifiedDockWidgets(dock).isEmpty());   // a tab beside Design Details
  QCOMPARE(window.sweep()->shownSweep()->steps.front().designs.size(), std::size_t{1});
  // The sliders reach the sweep: another lifetime changes the grid sweep's totals.
  const double before = window.sweep()->shownSweep()->steps.back().designs[0].total_kg;
  auto* lifetime = window.assumptions()->findChild<SliderSpinBox*>(QStringLiteral("lifetime"));
  QVERIFY(lifetime);
  lifetime->spinBox()->setValue(model->carbonSettings().lifetime_years * 2);
  // Sweeps requested before the edit may still arrive first: wait for one with the new lifetime.
  QTRY_VERIFY_WITH_TIMEOUT(window.sweep()->shownSweep()->steps.back().designs[0].total_kg > before, 20000);
}

QTEST_MAIN(TestSweepPanel)
#include "test_sweep_panel.moc"

// The exact algorithm in the GUI (issue 14). The search panel offers "exact" only where
// cdse::exact_refusal allows it, with the refusal as the item's tooltip. A random search on a small
// scenario exact can solve brings the exact front along, solved in the background: its designs are
// those of a core exact run of the same scenario, a slider move re-selects it exactly as that run's
// archive re-scored, the fronts view draws its 2-D fronts as a reference line, and the hypervolume
// plot's ceiling is its hypervolume under the run's own reference point. An exact run is its own
// reference. Stopping the search stops the background solve.
#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QtTest>

#include <algorithm>
#include <set>
#include <vector>

#include "core/search/exact/exact_refusal.h"
#include "core/search/front/hypervolume.h"
#include "core/search/run/search_runner.h"
#include "core/search/scenario/scenario.h"
#include "ui/assumptions/assumptions_panel.h"
#include "ui/assumptions/slider_spin_box.h"
#include "ui/explorer/explorer_model.h"
#include "ui/plots/fronts_view.h"
#include "ui/plots/hypervolume_plot.h"
#include "ui/plots/projection_plot.h"
#include "ui/search/exact_reference_solver.h"
#include "ui/search/search_controller.h"
#include "ui/search/search_panel.h"
#include "ui/window/language_manager.h"
#include "ui/window/main_window.h"

namespace {

using Values = std::set<std::vector<double>>;

// reference-clip-b16 with two values per knob (2^14 = 16,384 designs: solved in well under a
// second): each model knob keeps its smallest and largest value, each accelerator knob its two
// largest, so that the accelerators meet the latency limit and some meet the area limit.
cdse::Scenario smallScenario()
{
  cdse::Scenario s = cdse::builtin_scenario("reference-clip-b16");
  s.title = "Reduced reference (2 values per knob)";
  for (cdse::SearchKnob& knob : s.knobs) {
    if (knob.categorical() || knob.values.size() < 3)
      continue;
    const std::size_t n = knob.values.size();
    knob.values = knob.is_hardware() ? std::vector<double>{knob.values[n - 2], knob.values[n - 1]}
                                     : std::vector<double>{knob.values.front(), knob.values.back()};
  }
  return s;
}

Values frontValues(const cdse::Archive& archive)
{
  Values out;
  for (std::size_t i : archive.front()) {
    const auto v = archive.objectives(i);
    out.emplace(v.begin(), v.end());
  }
  return out;
}

QComboBox* algorithmBox(SearchPanel& panel) { return panel.findChild<QComboBox*>(QStringLiteral("searchAlgorithm")); }

bool exactEnabled(SearchPanel& panel)
{
  QComboBox* box = algorithmBox(panel);
  auto* items = qobject_cast<QStandardItemModel*>(box->model());
  return items->item(box->findData(QStringLiteral("exact")))->isEnabled();
}

QString exactTooltip(SearchPanel& panel)
{
  QComboBox* box = algorithmBox(panel);
  return box->itemData(box->findData(QStringLiteral("exact")), Qt::ToolTipRole).toString();
}

// The 2-D non-dominated points of (total carbon, accuracy %), brute force: what the reference line
// of the accuracy–carbon projection must pass through.
std::set<std::pair<double, double>> carbonAccuracyFront(const cdse::Archive& archive)
{
  std::vector<std::pair<double, double>> points;
  for (std::size_t i : archive.front())
    points.emplace_back(archive.carbon(i).total_kg, archive.record(i).invariants.accuracy * 100.0);
  std::set<std::pair<double, double>> out;
  for (const auto& p : points) {
    const bool dominated = std::any_of(points.begin(), points.end(), [&](const auto& q) {
      return q.first <= p.first && q.second >= p.second && q != p;
    });
    if (!dominated)
      out.insert(p);
  }
  return out;
}

}   // namespace

class TestExactReference : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { languages_.setLanguage(QStringLiteral("en")); }

  void exactIsOfferedOnlyWhereItCanSolve()
  {
    SearchController controller;
    SearchPanel panel(&controller);
    panel.setScenario(cdse::builtin_scenario("reference-clip-b16"));
    QVERIFY(exactEnabled(panel));
    QVERIFY(!exactTooltip(panel).contains(QStringLiteral("Not available")));
    algorithmBox(panel)->setCurrentIndex(algorithmBox(panel)->findData(QStringLiteral("exact")));

    // Accuracy from a separate evaluator: not separable, so exact refuses, and says why.
    cdse::Scenario external = cdse::builtin_scenario("reference-clip-b16");
    external.accuracy = {{"kind", "external"}, {"command", "/bin/true"}};
    external.algorithm.name = "exact";   // even a scenario naming it cannot keep it selected
    const auto refusal = cdse::exact_refusal_of(external);
    QVERIFY(refusal);
    QVERIFY(refusal->reason == cdse::ExactRefusalReason::AccuracyNotSeparable);
    panel.setScenario(external);
    QVERIFY(!exactEnabled(panel));
    // The reason in the GUI's own (translatable) words.
    QVERIFY(exactTooltip(panel).contains(QStringLiteral("not separable")));
    QVERIFY(exactTooltip(panel).contains(QStringLiteral("built-in accuracy estimate")));
    QCOMPARE(panel.request().algorithm, QStringLiteral("nsga2"));   // fell back

    // In hardware-only mode the model is fixed, so the accuracy is never compared: exact can run.
    auto* mode = panel.findChild<QComboBox*>(QStringLiteral("searchMode"));
    mode->setCurrentIndex(mode->findData(static_cast<int>(cdse::SearchMode::AllHw)));
    QVERIFY(exactEnabled(panel));
    mode->setCurrentIndex(mode->findData(static_cast<int>(cdse::SearchMode::Carbon)));
    QVERIFY(!exactEnabled(panel));
  }

  void theExactSolveIsShownAsSuchNotAsZeroEvaluations()
  {
    SearchController controller;
    SearchPanel panel(&controller);
    cdse::SearchProgress p;
    p.state = cdse::SearchState::Running;
    p.phase = "solving";
    p.solve_fraction = 0.423;
    emit controller.textProgress(p);
    QVERIFY2(panel.countersText().contains(QStringLiteral("Solving the whole space exactly: 42 % of accelerators")),
             qPrintable(panel.countersText()));
    QVERIFY(!panel.countersText().contains(QStringLiteral("Evaluations")));
    p.phase.clear();
    p.evaluations = 7;
    p.budget = 9;
    emit controller.textProgress(p);
    QVERIFY(panel.countersText().contains(QStringLiteral("Evaluations: 7 of 9")));
  }

  void theReferenceSaysWhenASettingBreaksTheSolve()
  {
    const cdse::Scenario scenario = cdse::builtin_scenario("reference-clip-b16");   // DRAM fixed at 1 GB
    ExactReference ref;
    ref.startSolving(scenario, 1);
    cdse::CarbonSettings c = scenario.carbon;
    c.grid_intensity_g_per_kwh = 700;   // the universal front holds for every grid
    c.lifetime_years = 7;
    QVERIFY(ref.setCarbonSettings(c));
    c.dram_gb = 0;   // sized from the weights: the solve did not compare them
    QVERIFY(!ref.setCarbonSettings(c));
    c.dram_gb = scenario.carbon.dram_gb;
    c.node_nm = 7;
    QVERIFY(!ref.setCarbonSettings(c));
    cdse::SearchConstraints limits = scenario.constraints;
    limits.min_accuracy = 0.4;   // a new limit is only tighter
    QVERIFY(ref.setConstraints(limits));
    limits.max_area_mm2.reset();   // a limit the solve applied, gone
    QVERIFY(!ref.setConstraints(limits));

    // A carbon limit is never a filter of the solve (carbon cannot decrease along its coordinates):
    // added, loosened or removed, and with the sliders moved under it, the reference holds.
    cdse::Scenario carbonLimited = scenario;
    carbonLimited.constraints.max_total_carbon_kg = 0.3;
    ExactReference limited;
    limited.startSolving(carbonLimited, 2);
    cdse::CarbonSettings grid = carbonLimited.carbon;
    grid.grid_intensity_g_per_kwh = 900;
    QVERIFY(limited.setCarbonSettings(grid));
    cdse::SearchConstraints looser = carbonLimited.constraints;
    looser.max_total_carbon_kg = 0.5;
    QVERIFY(limited.setConstraints(looser));
    looser.max_total_carbon_kg.reset();
    QVERIFY(limited.setConstraints(looser));
  }

  void aRandomSearchBringsTheExactFrontAlong()
  {
    MainWindow window(&languages_, false);
    window.model()->loadScenario(smallScenario());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SearchPanel* panel = window.searchPanel();
    QVERIFY(exactEnabled(*panel));
    algorithmBox(*panel)->setCurrentIndex(algorithmBox(*panel)->findData(QStringLiteral("random")));
    panel->findChild<QSpinBox*>(QStringLiteral("searchBudget"))->setValue(60);
    panel->findChild<QSpinBox*>(QStringLiteral("searchThreads"))->setValue(1);

    QSignalSpy finished(window.controller(), &SearchController::runFinished);
    window.startSearch();
    QVERIFY(window.controller()->isRunning());
    QVERIFY(finished.wait(120000));
    QTRY_VERIFY_WITH_TIMEOUT(window.exactReference().state() == ExactReference::State::Ready, 60000);
    QCOMPARE(window.exactReference().runId(), window.model()->shownRunId());
    const cdse::Archive* shown = window.exactReference().archive();
    QVERIFY(shown);

    // The oracle: the core's exact run of the same scenario, mode, assumptions and limits.
    cdse::Scenario scenario = window.model()->scenario();
    scenario.algorithm = cdse::AlgorithmSettings{};
    scenario.algorithm.name = "exact";
    scenario.budget = 0;
    cdse::SearchRunner oracle(scenario, cdse::SearchRunOptions{});
    oracle.run();
    QCOMPARE(oracle.latest_progress().state, cdse::SearchState::Finished);
    cdse::Archive& exact = const_cast<cdse::Archive&>(oracle.archive());   // joined: ours alone now
    QVERIFY(exact.front().size() > 3);
    qInfo("universal front %zu designs, %zu on the exact front; the run's front %zu", exact.size(), exact.front().size(),
          window.model()->archive().front().size());
    QCOMPARE(frontValues(*shown), frontValues(exact));

    // Drawn: the reference line of accuracy–carbon passes through the exact 2-D front.
    window.refreshNow();
    const QVector<QPointF> line = window.fronts()->projection(0)->exactLine();
    std::set<std::pair<double, double>> drawn;
    for (const QPointF& p : line)
      drawn.emplace(p.x(), p.y());
    QCOMPARE(drawn, carbonAccuracyFront(exact));
    QVERIFY(window.fronts()->projection(1)->exactCount() > 0);
    QVERIFY(window.fronts()->projection(2)->exactCount() > 0);

    // The ceiling: the exact front's hypervolume under the run's reference point.
    const auto ceilingOf = [&](const cdse::Archive& a) {
      return cdse::hypervolume(a.objective_points().subset(a.front()), window.model()->archive().reference_point());
    };
    window.hypervolumePlot()->redrawNow();
    QVERIFY(window.hypervolumePlot()->ceiling());
    QCOMPARE(*window.hypervolumePlot()->ceiling(), ceilingOf(exact));
    const double runHv = window.model()->archive().hypervolume();
    QVERIFY(runHv > 0 && runHv <= ceilingOf(exact));
    QVERIFY2(window.hypervolumePlot()->fullTitle().contains(
                 QStringLiteral("%1 % of exact").arg(QLocale().toString(100.0 * runHv / ceilingOf(exact), 'f', 1))),
             qPrintable(window.hypervolumePlot()->fullTitle()));

    // A slider move re-selects it, nothing solved again: equal to the oracle re-scored.
    auto* intensity = window.assumptions()->findChild<SliderSpinBox*>(QStringLiteral("gridIntensity"));
    QVERIFY(intensity);
    intensity->slider()->setValue(intensity->slider()->maximum());   // as a drag does: 1,500 g/kWh
    QCOMPARE(window.model()->carbonSettings().grid_intensity_g_per_kwh, 1500.0);
    QVERIFY(!window.exactSolver()->isSolving());
    QCOMPARE(window.exactReference().state(), ExactReference::State::Ready);
    const Values before = frontValues(exact);
    exact.rescore(window.model()->carbonSettings());
    QVERIFY(frontValues(exact) != before);   // the move matters, or this checks nothing
    QCOMPARE(frontValues(*window.exactReference().archive()), frontValues(exact));
    window.refreshNow();
    window.hypervolumePlot()->redrawNow();
    QCOMPARE(*window.hypervolumePlot()->ceiling(), ceilingOf(exact));

    // A tighter limit is applied to the reference as it is; a looser one solves it again, since the
    // solve pruned designs the old limit ruled out.
    const cdse::SearchConstraints original = window.model()->constraints();
    QVERIFY(original.max_latency_s && original.max_area_mm2 && original.max_peak_tops);
    cdse::SearchConstraints limits = original;
    limits.max_latency_s = *original.max_latency_s * 0.5;
    emit window.assumptions()->constraintsChanged(limits);
    QVERIFY(!window.exactSolver()->isSolving());
    QCOMPARE(window.exactReference().archive()->constraints(), limits);
    limits.max_latency_s = *original.max_latency_s * 4;
    limits.max_area_mm2 = *original.max_area_mm2 * 4;
    limits.max_peak_tops = *original.max_peak_tops * 4;
    emit window.assumptions()->constraintsChanged(limits);
    QVERIFY(window.exactSolver()->isSolving());
    QCOMPARE(window.exactReference().state(), ExactReference::State::Solving);
    QTRY_VERIFY_WITH_TIMEOUT(window.exactReference().state() == ExactReference::State::Ready, 60000);
    scenario.carbon = window.model()->carbonSettings();
    scenario.constraints = limits;
    cdse::SearchRunner looser(scenario, cdse::SearchRunOptions{});
    looser.run();
    QVERIFY(looser.archive().size() > exact.size());   // the limits bound: more designs can be optimal now
    QCOMPARE(window.exactReference().archive()->size(), looser.archive().size());
    QCOMPARE(frontValues(*window.exactReference().archive()), frontValues(looser.archive()));

    // Another scenario: the reference is dropped, never shown stale.
    QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
    QCOMPARE(window.exactReference().state(), ExactReference::State::None);
    window.refreshNow();
    window.hypervolumePlot()->redrawNow();
    QVERIFY(!window.hypervolumePlot()->ceiling());
    QCOMPARE(window.fronts()->projection(0)->exactCount(), std::size_t(0));
  }

  void anExactRunIsItsOwnReference()
  {
    MainWindow window(&languages_, false);
    window.model()->loadScenario(smallScenario());
    SearchPanel* panel = window.searchPanel();
    algorithmBox(*panel)->setCurrentIndex(algorithmBox(*panel)->findData(QStringLiteral("exact")));
    QSignalSpy finished(window.controller(), &SearchController::runFinished);
    window.startSearch();
    QVERIFY(!window.exactSolver()->isSolving());   // no second solve
    QVERIFY(window.exactReference().selfReference());
    QVERIFY(finished.wait(120000));
    QCOMPARE(window.exactReference().state(), ExactReference::State::Ready);
    window.refreshNow();
    window.hypervolumePlot()->redrawNow();
    QVERIFY(window.hypervolumePlot()->ceiling());
    QCOMPARE(*window.hypervolumePlot()->ceiling(), window.model()->archive().hypervolume());
    QVERIFY2(window.hypervolumePlot()->fullTitle().contains(QStringLiteral("100.0 % of exact")),
             qPrintable(window.hypervolumePlot()->fullTitle()));
    QCOMPARE(window.fronts()->projection(0)->exactCount(), window.fronts()->projection(0)->staircaseCount());
  }

  void stoppingTheSearchStopsTheSolveAndClosingDoesNotHang()
  {
    QElapsedTimer clock;
    {
      MainWindow window(&languages_, false);
      QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
      SearchPanel* panel = window.searchPanel();
      algorithmBox(*panel)->setCurrentIndex(algorithmBox(*panel)->findData(QStringLiteral("random")));
      panel->findChild<QSpinBox*>(QStringLiteral("searchBudget"))->setValue(1000000);
      QSignalSpy finished(window.controller(), &SearchController::runFinished);
      window.startSearch();
      QVERIFY(window.exactSolver()->isSolving());   // the full scenario: ~30 s on one thread
      QCOMPARE(window.exactReference().state(), ExactReference::State::Solving);
      // Said unobtrusively, in the hypervolume plot, with the solver's own progress.
      QTRY_VERIFY_WITH_TIMEOUT(window.hypervolumePlot()->exactNote().startsWith(QStringLiteral("exact front: solving")),
                               10000);
      QVERIFY(!window.hypervolumePlot()->ceiling());
      window.controller()->stop();
      QVERIFY(finished.wait(30000));
      QVERIFY(!window.exactSolver()->isSolving());
      QCOMPARE(window.exactReference().state(), ExactReference::State::None);
      window.refreshNow();
      window.hypervolumePlot()->redrawNow();
      QVERIFY(window.hypervolumePlot()->exactNote().isEmpty());

      window.startSearch();   // again, and close the window while both run
      QVERIFY(window.exactSolver()->isSolving());
      QTest::qWait(300);
      clock.start();
      window.close();
    }
    qInfo("closed mid-solve in %lld ms", static_cast<long long>(clock.elapsed()));
    QVERIFY(clock.elapsed() < 10000);
  }

private:
  LanguageManager languages_;
};

QTEST_MAIN(TestExactReference)
#include "test_exact_reference.moc"

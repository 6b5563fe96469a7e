// Where each design's accuracy came from, shown exactly: a run scored with a measured accuracy
// table (some designs are rows of the table, others are interpolated from it) must say "measured"
// and "interpolated" in the Details panel, in Compare, in the plot tooltips and in the report, and
// the measured designs on the front must be drawn with their own marker, listed in the legend.
// The designs are evaluated by the core through the scenario's accuracy source, as a search does.
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <map>

#include "core/accuracy/accuracy_source_factory.h"
#include "core/evaluation/design_evaluator.h"
#include "core/search/scenario/scenario.h"
#include "core/session/session_file.h"
#include "core/workload/model_config_json.h"
#include "synthetic_session.h"
#include "ui/compare/compare_panel.h"
#include "ui/details/details_panel.h"
#include "ui/explorer/explorer_model.h"
#include "ui/plots/fronts_view.h"
#include "ui/plots/plot_tooltip.h"
#include "ui/plots/projection_plot.h"
#include "ui/report/report_sections.h"

namespace {

constexpr std::size_t k_designs = 120;
constexpr std::size_t k_measured_rows = 10;

// Distinct genomes spread over the space (a fixed multiplicative walk, not an odometer, so the
// model knobs vary from the first design on).
std::vector<cdse::Genome> spreadGenomes(const cdse::SearchSpace& space, std::size_t count)
{
  const auto sizes = space.knob_sizes();
  std::vector<cdse::Genome> out;
  std::uint64_t state = 12345;
  while (out.size() < count) {
    cdse::Genome g(sizes.size());
    for (std::size_t k = 0; k < sizes.size(); ++k) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      g[k] = static_cast<int>((state >> 33) % static_cast<std::uint64_t>(sizes[k]));
    }
    if (std::find(out.begin(), out.end(), g) == out.end())
      out.push_back(g);
  }
  return out;
}

QString summaryAccuracyLabel(const SelectedDesign& design)
{
  DetailsPanel panel;
  panel.showDesign(design);
  const auto* summary = panel.findChild<QTableWidget*>(QStringLiteral("summaryTable"));
  return summary && summary->item(0, 0) ? summary->item(0, 0)->text() : QString();
}

}   // namespace

class TestAccuracySource : public QObject {
  Q_OBJECT
private slots:
  void initTestCase()
  {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(dir_.isValid());
    cdse::Scenario scenario = cdse::builtin_scenario("reference-clip-b16");
    // Every sampled design may reach the front: the markers are under test, not the area limit.
    scenario.constraints.max_area_mm2.reset();
    const cdse::SearchSpace space = scenario.space();
    const auto genomes = spreadGenomes(space, k_designs);

    // The table: the models of the first designs, "measured" well above what the estimate gives,
    // so the best of them is on the front.
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i = 0; i < k_measured_rows; ++i)
      rows.push_back({{"model", cdse::to_json(space.decode(genomes[i]).model)}, {"accuracy", 0.80 + 0.015 * i}});
    std::ofstream(dir_.filePath(QStringLiteral("measured.json")).toStdString()) << rows.dump();
    scenario.accuracy = {{"kind", "measured"}, {"file", "measured.json"}, {"fallback", "builtin"}};
    scenario.base_dir = dir_.path().toStdString();

    cdse::DesignEvaluator evaluator(cdse::make_accuracy_source(scenario.accuracy, "accuracy", scenario.base_dir));
    cdse::Session session;
    cdse::SessionRun& run = session.runs.emplace_back();
    run.name = "Measured";
    run.scenario = scenario;
    session.carbon = scenario.carbon;
    for (std::size_t i = 0; i < genomes.size(); ++i) {
      cdse::ArchiveRecord r;
      r.index = static_cast<std::int64_t>(i);
      r.genome = genomes[i];
      r.invariants = evaluator.evaluate(space.decode(genomes[i]));
      ++origins_[r.invariants.accuracy_source];
      run.designs.push_back(r);
    }
    model_.loadSession(session);
    // The table answers both ways for this sample (else the test would prove nothing).
    QCOMPARE(origins_[cdse::AccuracyOrigin::Measured], static_cast<int>(k_measured_rows));
    QVERIFY2(origins_[cdse::AccuracyOrigin::Interpolated] > 0, "no interpolated design in the sample");
  }

  void detailsNamesTheSourceOfEachDesign()
  {
    int checked = 0;
    for (std::size_t i = 0; i < k_designs; ++i) {
      const auto info = model_.designInfo(DesignRef::archive(i));
      QVERIFY(info && info->evaluated);
      const auto origin = info->invariants.accuracy_source;
      if (origin == cdse::AccuracyOrigin::Measured) {
        QCOMPARE(summaryAccuracyLabel(*info), QStringLiteral("Accuracy (measured)"));
        ++checked;
      } else if (origin == cdse::AccuracyOrigin::Interpolated) {
        QCOMPARE(summaryAccuracyLabel(*info), QStringLiteral("Accuracy (interpolated)"));
        ++checked;
      }
    }
    QVERIFY(checked > static_cast<int>(k_measured_rows));
  }

  void tooltipsCompareAndReportSayTheSameWord()
  {
    const FrontSnapshot snapshot = model_.snapshot();
    std::optional<std::size_t> measured, interpolated;
    for (std::size_t i = 0; i < snapshot.points.size(); ++i) {
      const PlotPoint& p = snapshot.points[i];
      const QString tip = designTooltip(p);
      if (p.accuracy_source == cdse::AccuracyOrigin::Measured) {
        QVERIFY2(tip.contains(QStringLiteral("(measured)")), qPrintable(tip));
        measured = i;
      } else if (p.accuracy_source == cdse::AccuracyOrigin::Interpolated) {
        QVERIFY2(tip.contains(QStringLiteral("(interpolated)")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("(measured)")), qPrintable(tip));
        interpolated = i;
      }
    }
    QVERIFY(measured && interpolated);

    std::vector<SelectedDesign> pair = {*model_.designInfo(DesignRef::archive(*measured)),
                                        *model_.designInfo(DesignRef::archive(*interpolated))};
    ComparePanel compare;
    compare.setDesigns(pair);
    QTableWidget* table = compare.table();
    int sourceRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
      if (table->verticalHeaderItem(r)->text() == QStringLiteral("Accuracy source"))
        sourceRow = r;
    QVERIFY(sourceRow >= 0);
    QCOMPARE(table->item(sourceRow, 0)->text(), QStringLiteral("measured"));
    QCOMPARE(table->item(sourceRow, 1)->text(), QStringLiteral("interpolated"));

    const QString html = report_sections::designs(pair, false);
    QVERIFY(html.contains(QStringLiteral(">measured<")));
    QVERIFY(html.contains(QStringLiteral(">interpolated<")));
    const QString front = report_sections::frontTable(pair, pair.size());
    QVERIFY2(front.contains(QStringLiteral("(measured)")) && front.contains(QStringLiteral("(interpolated)")),
             qPrintable(front));
  }

  void measuredFrontDesignsGetTheirOwnMarkerAndLegendEntry()
  {
    const FrontSnapshot snapshot = model_.snapshot();
    FrontsView view;
    view.resize(1500, 520);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(snapshot);
    view.redrawNow();
    QTest::qWait(50);
    ProjectionPlot* accCarbon = view.projection(0);
    QVERIFY(accCarbon);
    // Every measured front design, and only those, is drawn with the measured marker.
    std::size_t measuredOnFront = 0, onFront = 0;
    for (const PlotPoint& p : snapshot.points)
      if (p.on_front && p.feasible && !p.failed && std::isfinite(p.accuracy)) {
        ++onFront;
        measuredOnFront += cdse::is_measurement(p.accuracy_source) ? 1 : 0;
      }
    QVERIFY2(measuredOnFront > 0, "no measured design on the front");
    QVERIFY(onFront > measuredOnFront);
    QCOMPARE(accCarbon->measuredFrontCount(), measuredOnFront);
    QCOMPARE(accCarbon->pointCount(PointClass::Front), onFront);
    QVERIFY(accCarbon->measuredInLegend());

    // A run of estimates only: no square, no legend entry.
    ExplorerModel estimates;
    estimates.loadSession(syntheticSession(30, [](std::size_t i) {
      return SyntheticDesign{0.3 + 0.01 * static_cast<double>(i), 5.0 + static_cast<double>(i), 0.01, 0.05};
    }));
    view.setSnapshot(estimates.snapshot());
    view.redrawNow();
    QTest::qWait(50);
    QCOMPARE(view.projection(0)->measuredFrontCount(), std::size_t{0});
    QVERIFY(view.projection(0)->pointCount(PointClass::Front) > 0);
    QVERIFY(!view.projection(0)->measuredInLegend());
  }

private:
  QTemporaryDir dir_;
  ExplorerModel model_;
  std::map<cdse::AccuracyOrigin, int> origins_;
};

QTEST_MAIN(TestAccuracySource)
#include "test_accuracy_source.moc"

// Fronts and hypervolume plots on a hand-made snapshot whose classes are known: what each
// projection draws, the dominated toggle, coalesced redraws, click-to-select, hover lookup, and
// the cost of drawing 100,000 designs.
#include <QCheckBox>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <limits>

#include "ui/plots/faint_points_layer.h"
#include "ui/plots/fronts_view.h"
#include "ui/plots/hypervolume_plot.h"
#include "ui/plots/projection_plot.h"
#include "plot_test_points.h"

namespace {

constexpr double k_nan = std::numeric_limits<double>::quiet_NaN();

// 0, 1 front; 2 dominated; 3 infeasible; 4 dominated without accuracy; 5 failed.
FrontSnapshot knownSnapshot()
{
  FrontSnapshot s;
  s.generation = 1;
  s.points.push_back(testPoint(0, 0.70, 10, 2.0, true, true));
  s.points.push_back(testPoint(1, 0.75, 20, 3.0, true, true));
  s.points.push_back(testPoint(2, 0.60, 30, 4.0, true, false));
  s.points.push_back(testPoint(3, 0.80, 50, 1.5, false, false));
  s.points.push_back(testPoint(4, k_nan, 15, 2.5, true, false));
  PlotPoint failed = testPoint(5, 0.9, 1, 1, false, false);
  failed.failed = true;
  s.points.push_back(failed);
  BaselinePoint base;
  base.baseline_index = 0;
  base.label = QStringLiteral("Reference edge design");
  base.evaluated = true;
  base.accuracy = 0.65;
  base.latency_s = 0.025;
  base.total_kg = 3.5;
  base.embodied_kg = 1.5;
  base.operational_kg = 2.0;
  s.baselines.push_back(base);
  BaselinePoint broken;
  broken.baseline_index = 1;
  broken.label = QStringLiteral("Unsupported design");
  broken.error = QStringLiteral("too large");
  s.baselines.push_back(broken);
  s.constraints.max_latency_s = 0.040;
  s.constraints.min_accuracy = 0.5;
  s.selected = DesignRef::archive(0);
  s.pinned = {DesignRef::archive(1), DesignRef::baseline(0)};
  return s;
}

std::size_t visiblePoints(const QCustomPlot* plot)
{
  std::size_t n = 0;
  for (int i = 0; i < plot->graphCount(); ++i)
    if (plot->graph(i)->visible())
      n += static_cast<std::size_t>(plot->graph(i)->dataCount());
  // Dominated and infeasible designs are one raster layer, not graphs.
  for (const FaintPointsLayer* faint : plot->findChildren<FaintPointsLayer*>())
    if (faint->visible())
      n += faint->dominatedCount() + faint->infeasibleCount();
  return n;
}

void showAndDraw(FrontsView& view, const FrontSnapshot& s)
{
  view.resize(1500, 520);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setSnapshot(s);
  view.redrawNow();
  QTest::qWait(50);
}

}   // namespace

class TestPlots : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { qRegisterMetaType<DesignRef>(); }

  void eachProjectionDrawsTheRightClasses()
  {
    FrontsView view;
    showAndDraw(view, knownSnapshot());
    ProjectionPlot* accCarbon = view.projection(0);
    ProjectionPlot* latCarbon = view.projection(1);
    ProjectionPlot* accLat = view.projection(2);
    QVERIFY(accCarbon && latCarbon && accLat);
    QVERIFY(!view.projection(3));
    QCOMPARE(view.plots().size(), 3);
    // Design 4 has no accuracy: left out of both accuracy projections, drawn in latency–carbon.
    for (ProjectionPlot* p : {accCarbon, accLat}) {
      QCOMPARE(p->pointCount(PointClass::Front), std::size_t{2});
      QCOMPARE(p->pointCount(PointClass::Dominated), std::size_t{1});
      QCOMPARE(p->pointCount(PointClass::Infeasible), std::size_t{1});
      QVERIFY(!p->pixelOf(DesignRef::archive(4)));
    }
    QCOMPARE(latCarbon->pointCount(PointClass::Front), std::size_t{2});
    QCOMPARE(latCarbon->pointCount(PointClass::Dominated), std::size_t{2});
    QCOMPARE(latCarbon->pointCount(PointClass::Infeasible), std::size_t{1});
    QVERIFY(latCarbon->pixelOf(DesignRef::archive(4)));
    QVERIFY(!latCarbon->pixelOf(DesignRef::archive(5)));   // failed: never drawn
    // 2-D fronts: carbon↓ accuracy↑ keeps designs 0 and 1; carbon↓ latency↓ only design 0
    // (the infeasible design 3 is cheaper but does not count).
    QCOMPARE(accCarbon->staircaseCount(), std::size_t{2});
    QCOMPARE(latCarbon->staircaseCount(), std::size_t{1});
    QCOMPARE(accLat->staircaseCount(), std::size_t{2});
    // Limits: min accuracy; max latency; both.
    QCOMPARE(accCarbon->constraintLineCount(), 1);
    QCOMPARE(latCarbon->constraintLineCount(), 1);
    QCOMPARE(accLat->constraintLineCount(), 2);
    // One evaluated baseline; the selection ring and both pins.
    QCOMPARE(accCarbon->baselineCount(), std::size_t{1});
    QVERIFY(accCarbon->hasSelectionMark());
    QCOMPARE(accCarbon->pinnedMarkCount(), std::size_t{2});
    // The colour axis spans the third objective of the feasible designs drawn (latency 10…30 ms;
    // the infeasible design's 50 ms is a grey cross and does not stretch it).
    QCOMPARE(accCarbon->colourScale()->dataRange().lower, 10.0);
    QCOMPARE(accCarbon->colourScale()->dataRange().upper, 30.0);
  }

  void theToggleHidesDominatedAndInfeasibleDesigns()
  {
    FrontsView view;
    showAndDraw(view, knownSnapshot());
    ProjectionPlot* p = view.projection(1);
    const std::size_t before = visiblePoints(p);
    const auto dominatedPixel = *p->pixelOf(DesignRef::archive(2));
    QCOMPARE(p->designAt(dominatedPixel), std::optional<DesignRef>(DesignRef::archive(2)));
    view.setShowDominated(false);
    QVERIFY(!view.showDominated());
    QVERIFY(!view.findChild<QCheckBox*>(QStringLiteral("showDominated"))->isChecked());
    QCOMPARE(visiblePoints(p), before - 3);                      // designs 2, 4 (dominated) and 3 (infeasible)
    QVERIFY(!p->designAt(*p->pixelOf(DesignRef::archive(2))));   // hidden points cannot be hovered
    view.findChild<QCheckBox*>(QStringLiteral("showDominated"))->setChecked(true);
    QVERIFY(view.showDominated());
    QCOMPARE(visiblePoints(p), before);
  }

  void aBurstOfSnapshotsCausesOneReplot()
  {
    FrontsView view;
    showAndDraw(view, knownSnapshot());
    QTest::qWait(200);   // let any resize replots settle
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (QCustomPlot* p : view.plots())
      spies.push_back(std::make_unique<QSignalSpy>(p, &QCustomPlot::afterReplot));
    FrontSnapshot s = knownSnapshot();
    for (int i = 0; i < 100; ++i) {
      s.generation = 2 + static_cast<std::uint64_t>(i);
      s.points.push_back(testPoint(s.points.size(), 0.5, 40, 5.0, true, false));
      view.setSnapshot(s);
    }
    QVERIFY(view.redrawPending());
    QTest::qWait(4 * FrontsView::k_redraw_interval_ms + 200);
    QVERIFY(!view.redrawPending());
    for (const auto& spy : spies)
      QCOMPARE(spy->count(), 1);
    // …and it drew the newest snapshot.
    QCOMPARE(view.projection(0)->pointCount(PointClass::Dominated), std::size_t{101});
  }

  // A synchronous redraw supersedes frames still being built: nothing older lands afterwards.
  void redrawNowSupersedesFramesInFlight()
  {
    FrontsView view;
    showAndDraw(view, knownSnapshot());
    FrontSnapshot big = knownSnapshot();
    for (std::size_t i = big.points.size(); i < 50000; ++i)
      big.points.push_back(testPoint(i, 0.5, 40, 5.0, true, false));
    big.generation = 2;
    view.setSnapshot(big);
    view.redrawSoon();   // 50,000 designs now being projected on the pool
    QVERIFY(view.redrawPending());
    FrontSnapshot small = knownSnapshot();
    small.generation = 3;
    view.setSnapshot(small);
    view.redrawNow();
    QVERIFY(!view.redrawPending());
    QTest::qWait(300);   // the stale frames arrive and must be dropped
    for (int i = 0; i < FrontsView::k_projection_count; ++i)
      QCOMPARE(view.projection(i)->pointCount(PointClass::Dominated), std::size_t{i == 1 ? 2u : 1u});
  }

  void clickingAPointSelectsIt()
  {
    FrontsView view;
    showAndDraw(view, knownSnapshot());
    QSignalSpy clicked(&view, &FrontsView::designClicked);
    ProjectionPlot* p = view.projection(0);
    const auto pixel = p->pixelOf(DesignRef::archive(1));
    QVERIFY(pixel);
    QTest::mouseClick(p, Qt::LeftButton, Qt::NoModifier, pixel->toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).value<DesignRef>(), DesignRef::archive(1));
    // A baseline, in another projection.
    ProjectionPlot* q = view.projection(2);
    QTest::mouseClick(q, Qt::LeftButton, Qt::NoModifier, q->pixelOf(DesignRef::baseline(0))->toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).value<DesignRef>(), DesignRef::baseline(0));
    // Empty space: nothing.
    const QPoint empty = p->axisRect()->rect().topLeft() + QPoint(2, 2);
    QTest::mouseClick(p, Qt::LeftButton, Qt::NoModifier, empty);
    QCOMPARE(clicked.count(), 0);
  }

  // A click names the run whose frame was drawn, so the model can refuse a stale frame's click.
  void aClickNamesTheRunOfTheFrame()
  {
    FrontsView view;
    FrontSnapshot s = knownSnapshot();
    s.run_id = 7;
    showAndDraw(view, s);
    QSignalSpy clicked(&view, &FrontsView::designClicked);
    ProjectionPlot* p = view.projection(0);
    QTest::mouseClick(p, Qt::LeftButton, Qt::NoModifier, p->pixelOf(DesignRef::archive(1))->toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).value<DesignRef>().run, std::uint64_t{7});
    QCOMPARE(p->designAt(*p->pixelOf(DesignRef::baseline(0)))->run, std::uint64_t{7});
  }

  void hoverFindsTheNearestDesignAndDescribesIt()
  {
    FrontsView view;
    showAndDraw(view, knownSnapshot());
    ProjectionPlot* p = view.projection(0);
    const QPointF pixel = *p->pixelOf(DesignRef::archive(0));
    QCOMPARE(p->designAt(pixel + QPointF(3, -2)), std::optional<DesignRef>(DesignRef::archive(0)));
    QVERIFY(!p->designAt(pixel + QPointF(30, 30)));
    const QString text = p->tooltipFor(DesignRef::archive(0));
    QVERIFY2(text.contains(QStringLiteral("Design #0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("70 %")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("10 ms")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("0.8 kg CO2e")), qPrintable(text));   // embodied 40 % of 2 kg
    QVERIFY(p->tooltipFor(DesignRef::baseline(1)).contains(QStringLiteral("too large")));
  }

  void doubleClickResetsTheView()
  {
    FrontsView view;
    showAndDraw(view, knownSnapshot());
    ProjectionPlot* p = view.projection(0);
    const QCPRange original = p->xAxis->range();
    p->xAxis->setRange(100, 200);   // as if zoomed far away
    QTest::mouseDClick(p, Qt::LeftButton, Qt::NoModifier, p->axisRect()->center());
    QCOMPARE(p->xAxis->range().lower, original.lower);
    QCOMPARE(p->xAxis->range().upper, original.upper);
  }

  void hypervolumeTraceIsDrawnAndCoalesced()
  {
    HypervolumePlot plot;
    plot.resize(500, 300);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QTest::qWait(100);
    QSignalSpy replots(plot.plot(), &QCustomPlot::afterReplot);
    std::vector<cdse::HypervolumeSample> trace;
    for (int i = 1; i <= 50; ++i) {
      trace.push_back({i * 10, 0.01 * i});
      plot.setTrace(trace);
    }
    QTest::qWait(4 * HypervolumePlot::k_redraw_interval_ms + 200);
    QCOMPARE(replots.count(), 1);
    QCOMPARE(plot.sampleCount(), std::size_t{50});
    QCOMPARE(plot.currentHypervolume(), 0.5);
    FrontSnapshot s;
    s.objectives = {cdse::Objective::Accuracy, cdse::Objective::Latency, cdse::Objective::TotalCarbon};
    s.hypervolume_trace = {{1, 0.1}, {2, 0.2}};
    plot.setSnapshot(s);
    plot.redrawNow();
    QCOMPARE(plot.sampleCount(), std::size_t{2});
    QVERIFY(plot.plot()->yAxis->label().contains(QStringLiteral("kg CO2e")));
  }

  // Not a pass/fail timing: prints the cost of a redraw at the archive size the GUI targets.
  void drawingOneHundredThousandDesigns()
  {
    FrontSnapshot s;
    QRandomGenerator rng(7);
    const std::size_t n = 100000;
    for (std::size_t i = 0; i < n; ++i) {
      const double carbon = 1.0 + 9.0 * rng.generateDouble();
      const double latency = 5.0 + 95.0 * rng.generateDouble();
      const double accuracy = 0.55 + 0.25 * rng.generateDouble();
      s.points.push_back(testPoint(i, accuracy, latency, carbon, rng.bounded(10) != 0, rng.bounded(200) == 0));
    }
    // The projection is sorted by x (radix sort) and its step line is the 2-D front.
    const ProjectionData data = projectSnapshot(s, projectionSpec(0));
    QVERIFY(std::is_sorted(data.points.begin(), data.points.end(),
                           [](const ProjectedPoint& a, const ProjectedPoint& b) { return a.x < b.x; }));
    double bestAccuracy = -1;
    for (std::size_t i : data.staircase) {
      QVERIFY(data.points[i].point_class != PointClass::Infeasible);
      QVERIFY(data.points[i].y > bestAccuracy);
      bestAccuracy = data.points[i].y;
    }
    double mostAccurate = -1;
    for (const ProjectedPoint& p : data.points)
      if (p.point_class != PointClass::Infeasible)
        mostAccurate = std::max(mostAccurate, p.y);
    QCOMPARE(bestAccuracy, mostAccurate);

    FrontsView view;
    view.resize(1500, 520);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer timer;
    double worst = 0;
    double total = 0;
    double copyTotal = 0;
    const int rounds = 8;
    for (int r = 0; r < rounds; ++r) {
      s.generation = static_cast<std::uint64_t>(r + 1);
      timer.start();
      view.setSnapshot(s);   // keeps a copy of the snapshot
      copyTotal += static_cast<double>(timer.nsecsElapsed()) / 1e6;
      view.redrawNow();   // data into the graphs and a synchronous replot of all three plots
      const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
      worst = std::max(worst, ms);
      total += ms;
    }
    std::size_t drawn = 0;
    for (PointClass c : {PointClass::Front, PointClass::Dominated, PointClass::Infeasible})
      drawn += view.projection(0)->pointCount(c);
    QCOMPARE(drawn, n);
    // Hover lookups in the densest plot.
    ProjectionPlot* p = view.projection(0);
    const QRect area = p->axisRect()->rect();
    timer.start();
    int hits = 0;
    const int lookups = 2000;
    for (int i = 0; i < lookups; ++i)
      hits += p->designAt(QPointF(area.left() + rng.bounded(area.width()), area.top() + rng.bounded(area.height()))) ? 1
                                                                                                                     : 0;
    const double lookupUs = static_cast<double>(timer.nsecsElapsed()) / 1e3 / lookups;
    timer.start();
    for (int i = 0; i < 3; ++i)
      view.projection(i)->replot();
    const double replotMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    qInfo("setSnapshot + redraw of 3 plots, 100,000 designs: mean %.1f ms (of which the snapshot copy %.1f ms), "
          "worst %.1f ms over %d rounds; replot alone of the 3 plots %.1f ms; hover lookup %.1f us (%d of %d hit "
          "a design)",
          total / rounds, copyTotal / rounds, worst, rounds, replotMs, lookupUs, hits, lookups);
    QVERIFY(hits > 0);
  }
};

QTEST_MAIN(TestPlots)
#include "test_plots.moc"

// Where the fronts plots put their text: baseline names beside their markers, inside the axis
// rect and clear of each other; limit labels clear of the designs; titles shortened at their end,
// not cut at both; no colour scale without colours; and the axes lock (View ▸ Lock axes, and a
// running search after its first second). Geometry is checked on the items as QCustomPlot draws
// them (QCPItemText's corner anchors), offscreen.
#include <QAction>
#include <QMenu>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/window/language_manager.h"
#include "ui/window/main_actions.h"
#include "ui/window/main_window.h"
#include "ui/plots/fronts_view.h"
#include "ui/plots/label_placement.h"
#include "ui/plots/projection_plot.h"
#include "plot_test_points.h"

namespace {

BaselinePoint baseline(std::size_t index, const QString& label, double accuracy, double latency_ms, double carbon_kg)
{
  BaselinePoint b;
  b.baseline_index = index;
  b.label = label;
  b.evaluated = true;
  b.accuracy = accuracy;
  b.latency_s = latency_ms / 1000.0;
  b.total_kg = carbon_kg;
  b.embodied_kg = carbon_kg * 0.5;
  b.operational_kg = carbon_kg * 0.5;
  return b;
}

// A front along the lower-left, a cloud of dominated designs, and baselines that crowd: two at
// almost the same spot, one at the left edge (where a label used to be cut at its start), one at
// the right edge, all with long names.
FrontSnapshot crowdedSnapshot()
{
  FrontSnapshot s;
  std::size_t n = 0;
  for (int i = 0; i < 40; ++i) {   // the front: accuracy rises with carbon, latency falls
    const double t = i / 39.0;
    s.points.push_back(testPoint(n++, 0.40 + 0.09 * std::sqrt(t), 45 - 40 * t, 0.26 + 0.5 * t * t, true, true));
  }
  for (int i = 0; i < 300; ++i) {
    const double u = std::fmod(i * 0.618034, 1.0);
    const double v = std::fmod(i * 0.414214, 1.0);
    s.points.push_back(testPoint(n++, 0.40 + 0.08 * v, 20 + 300 * u * v, 0.3 + 0.6 * u, true, false));
  }
  s.baselines.push_back(baseline(0, QStringLiteral("reference 4x256x16, 8 MB GLB, 22 nm, LPDDR4"), 0.488, 5, 0.76));
  s.baselines.push_back(baseline(1, QStringLiteral("small edge design 1x64x16, 1 MB GLB"), 0.487, 110, 0.32));
  s.baselines.push_back(baseline(2, QStringLiteral("small edge design 1x64x16, 2 MB GLB"), 0.486, 112, 0.322));
  s.baselines.push_back(baseline(3, QStringLiteral("reference 4x256x16 at the left edge"), 0.45, 60, 0.255));
  s.constraints.max_latency_s = 0.050;
  s.constraints.min_accuracy = 0.41;
  s.generation = 1;
  return s;
}

QRectF rectOf(const QCPItemText* label)
{
  return QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()).normalized();
}

void draw(FrontsView& view, const FrontSnapshot& s, QSize size)
{
  view.resize(size);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setSnapshot(s);
  view.redrawNow();
  for (int i = 0; i < FrontsView::k_projection_count; ++i)
    view.projection(i)->replot();   // synchronously: labels are placed at the layout of a replot
}

// Pixel boxes of the front designs drawn by `plot` (their symbol is 8 px across).
QList<QRectF> frontBoxes(const ProjectionPlot* plot, const FrontSnapshot& s)
{
  QList<QRectF> boxes;
  for (const PlotPoint& p : s.points)
    if (p.on_front)
      if (const auto pixel = plot->pixelOf(DesignRef::archive(p.archive_index)))
        boxes.append(QRectF(pixel->x() - 4, pixel->y() - 4, 8, 8));
  return boxes;
}

QList<QRectF> baselineBoxes(const ProjectionPlot* plot, const FrontSnapshot& s)
{
  QList<QRectF> boxes;
  for (std::size_t b = 0; b < s.baselines.size(); ++b)
    if (const auto pixel = plot->pixelOf(DesignRef::baseline(b)))
      boxes.append(QRectF(pixel->x() - 6, pixel->y() - 6, 12, 12));
  return boxes;
}

// Distance from a point to the nearest point of a rectangle (0 inside).
double distanceTo(const QRectF& r, const QPointF& p)
{
  const double dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
  const double dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
  return std::hypot(dx, dy);
}

}   // namespace

class TestPlotsLabels : public QObject {
  Q_OBJECT
private slots:
  void baselineLabelsSitBesideTheirMarkersInsideTheAxisRect_data()
  {
    QTest::addColumn<QSize>("size");
    QTest::newRow("fronts at 1366x768") << QSize(700, 470);
    QTest::newRow("fronts at 1920x1080") << QSize(1100, 780);
    QTest::newRow("one wide row") << QSize(1500, 520);
  }
  void baselineLabelsSitBesideTheirMarkersInsideTheAxisRect()
  {
    QFETCH(QSize, size);
    const FrontSnapshot s = crowdedSnapshot();
    FrontsView view;
    draw(view, s, size);
    for (int i = 0; i < FrontsView::k_projection_count; ++i) {
      ProjectionPlot* p = view.projection(i);
      const QRectF area(p->axisRect()->rect());
      QList<QRectF> placed;
      for (QCPItemText* label : p->limitLabels() + p->baselineLabels())
        if (label->visible())
          placed.append(rectOf(label));
      int visibleBaselines = 0;
      const QList<QCPItemText*> labels = p->baselineLabels();
      QCOMPARE(labels.size(), static_cast<qsizetype>(s.baselines.size()));
      for (qsizetype b = 0; b < labels.size(); ++b) {
        if (!labels[b]->visible())
          continue;
        ++visibleBaselines;
        const QRectF r = rectOf(labels[b]);
        const QPointF marker = *p->pixelOf(DesignRef::baseline(static_cast<std::size_t>(b)));
        // Near its marker: at most three label heights beyond the symbol.
        QVERIFY2(
            distanceTo(r, marker) <= 10 + 3 * r.height() + 1,
            qPrintable(
                QStringLiteral("plot %1, label %2 is %3 px from its marker").arg(i).arg(b).arg(distanceTo(r, marker))));
        // With room to spare, no name hides a front design.
        if (size.width() >= 1000)
          for (const QRectF& box : frontBoxes(p, s))
            QVERIFY2(!r.intersects(box),
                     qPrintable(QStringLiteral("plot %1: label %2 covers a front design").arg(i).arg(b)));
        // Hovering the label names the baseline.
        QCOMPARE(p->designAt(r.center()), std::optional<DesignRef>(DesignRef::baseline(static_cast<std::size_t>(b))));
      }
      // The two crowded baselines and the edge ones all keep a label at these sizes.
      QVERIFY2(visibleBaselines == static_cast<int>(s.baselines.size()),
               qPrintable(QStringLiteral("plot %1 (axis rect %2 x %3 px): %4 of %5 baseline labels shown")
                              .arg(i)
                              .arg(area.width())
                              .arg(area.height())
                              .arg(visibleBaselines)
                              .arg(s.baselines.size())));
      for (qsizetype a = 0; a < placed.size(); ++a) {
        QVERIFY2(area.contains(placed[a]), qPrintable(QStringLiteral("plot %1: a label leaves the axis rect").arg(i)));
        for (qsizetype b = a + 1; b < placed.size(); ++b)
          QVERIFY2(!placed[a].intersects(placed[b]),
                   qPrintable(QStringLiteral("plot %1: labels %2 and %3 overlap").arg(i).arg(a).arg(b)));
        for (const QRectF& marker : baselineBoxes(p, s))
          QVERIFY2(!placed[a].intersects(marker), qPrintable(QStringLiteral("plot %1: a label hides a baseline").arg(i)));
      }
    }
  }

  void limitLabelsLeaveTheFrontUncovered_data() { baselineLabelsSitBesideTheirMarkersInsideTheAxisRect_data(); }
  void limitLabelsLeaveTheFrontUncovered()
  {
    QFETCH(QSize, size);
    const FrontSnapshot s = crowdedSnapshot();
    FrontsView view;
    draw(view, s, size);
    int limitLabels = 0;
    for (int i = 0; i < FrontsView::k_projection_count; ++i) {
      ProjectionPlot* p = view.projection(i);
      for (QCPItemText* label : p->limitLabels()) {
        QVERIFY2(label->visible(), qPrintable(label->text()));
        ++limitLabels;
        const QRectF r = rectOf(label);
        QVERIFY(QRectF(p->axisRect()->rect()).contains(r));
        for (const QRectF& box : frontBoxes(p, s) + baselineBoxes(p, s))
          QVERIFY2(!r.intersects(box),
                   qPrintable(QStringLiteral("plot %1: \"%2\" covers a design").arg(i).arg(label->text())));
      }
    }
    QCOMPARE(limitLabels, 4);   // accuracy in plots 0 and 2, latency in plots 1 and 2
  }

  void titlesAreShortenedAtTheirEndNeverCut()
  {
    FrontsView view;
    draw(view, crowdedSnapshot(), QSize(1500, 520));
    for (int i = 0; i < FrontsView::k_projection_count; ++i)
      QCOMPARE(view.projection(i)->titleElement()->text(), view.projection(i)->fullTitle());
    // Narrow: the title is shortened with an ellipsis at its end and fits its row.
    view.resize(560, 520);
    QTest::qWait(50);
    for (int i = 0; i < FrontsView::k_projection_count; ++i) {
      ProjectionPlot* p = view.projection(i);
      p->replot();
      QCPTextElement* title = p->titleElement();
      const QString full = p->fullTitle();
      const QString shown = title->text();
      if (shown != full) {
        QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
        QVERIFY(full.startsWith(shown.left(shown.size() - 1)));
      }
      const int width = QFontMetrics(title->font()).horizontalAdvance(shown);
      QVERIFY2(width <= title->rect().width(),
               qPrintable(QStringLiteral("%1: %2 px in %3").arg(shown).arg(width).arg(title->rect().width())));
      QVERIFY(p->rect().contains(title->rect()));
    }
  }

  void noColourScaleWithoutColours()
  {
    // Only baselines (a scenario before any search): nothing is coloured, so no scale at all
    // (it used to read -1E-09 … 1E-09).
    FrontSnapshot s = crowdedSnapshot();
    s.points.clear();
    FrontsView view;
    draw(view, s, QSize(1500, 520));
    for (int i = 0; i < FrontsView::k_projection_count; ++i)
      QVERIFY(!view.projection(i)->colourScaleShown());
    // Designs without an accuracy estimate: the latency–carbon plot (coloured by accuracy) has
    // points but no colours; the others show their scale.
    FrontSnapshot noAccuracy = crowdedSnapshot();
    for (std::size_t i = 0; i < noAccuracy.points.size(); ++i)
      noAccuracy.points.mutableAt(i).accuracy = std::numeric_limits<double>::quiet_NaN();
    view.setSnapshot(noAccuracy);
    view.redrawNow();
    QVERIFY(!view.projection(1)->colourScaleShown());
    QVERIFY(view.projection(1)->pointCount(PointClass::Front) > 0);
    // With colours the scale comes back, spanning the real values.
    view.setSnapshot(crowdedSnapshot());
    view.redrawNow();
    for (int i = 0; i < FrontsView::k_projection_count; ++i) {
      ProjectionPlot* p = view.projection(i);
      p->replot();
      QVERIFY(p->colourScaleShown());
      QVERIFY(p->colourScale()->rect().width() > 0);
      QVERIFY(p->colourScale()->dataRange().size() > 0.01);
    }
  }

  void lockedAxesKeepTheirRangeWhileDataArrives()
  {
    FrontsView view;
    draw(view, crowdedSnapshot(), QSize(1500, 520));
    ProjectionPlot* p = view.projection(1);
    const QCPRange x = p->xAxis->range();
    const QCPRange y = p->yAxis->range();
    FrontSnapshot moved = crowdedSnapshot();
    moved.points.push_back(testPoint(moved.points.size(), 0.45, 900, 5.0, true, true));   // far out
    view.setAxesLocked(true);
    QVERIFY(view.axesLocked());
    view.setSnapshot(moved);
    view.redrawNow();
    QCOMPARE(p->xAxis->range(), x);
    QCOMPARE(p->yAxis->range(), y);
    view.setAxesLocked(false);   // released: the axes catch up with the data
    QVERIFY(p->xAxis->range().contains(5.0));
    QVERIFY(p->yAxis->range().contains(900.0));
  }

  void aSearchLocksTheAxesAfterItsFirstSecond()
  {
    FrontsView view;
    draw(view, crowdedSnapshot(), QSize(1500, 520));
    view.setSearchRunning(true);
    QVERIFY(!view.axesLocked());   // the first second still fits the first designs
    QTRY_VERIFY_WITH_TIMEOUT(view.axesLocked(), FrontsView::k_auto_lock_delay_ms + 1000);
    QVERIFY(view.projection(0)->axesLocked());
    view.setSearchRunning(false);
    QVERIFY(!view.axesLocked());
    QVERIFY(!view.projection(0)->axesLocked());
    // The user's lock outlasts a run.
    view.setAxesLocked(true);
    view.setSearchRunning(true);
    view.setSearchRunning(false);
    QVERIFY(view.axesLocked());
    QVERIFY(view.projection(2)->axesLocked());
  }

  void theViewMenuLocksTheAxes()
  {
    LanguageManager languages;
    MainWindow window(&languages, false);
    QAction* lock = window.actions()->lockAxes;
    QVERIFY(lock->isCheckable());
    QVERIFY(window.actions()->viewMenu->actions().contains(lock));
    QVERIFY(!window.fronts()->axesLocked());
    lock->trigger();
    QVERIFY(window.fronts()->axesLocked());
    QVERIFY(window.fronts()->projection(1)->axesLocked());
    lock->trigger();
    QVERIFY(!window.fronts()->axesLocked());
  }

  void labelSpaceRefusesOverlapsAndPrefersEmptySpots()
  {
    LabelSpace space(QRectF(0, 0, 200, 100), 10);
    QCOMPARE(space.cost(QRectF(150, 10, 60, 10)), LabelSpace::k_blocked);   // leaves the area
    QCOMPARE(space.cost(QRectF(10, 10, 50, 10)), 0.0);
    space.addPoint(QPointF(25, 15), 10);
    space.addPoint(QPointF(35, 15), 1);
    QCOMPARE(space.cost(QRectF(10, 10, 50, 9)), 11.0);
    // The covered spot loses to an empty one, unless the empty one's penalty is higher.
    const QList<LabelSpot> spots = {{QRectF(10, 10, 50, 9)}, {QRectF(10, 60, 50, 9), 5.0}};
    QCOMPARE(space.claimCheapest(spots), std::optional<int>(1));
    // The claimed spot is now taken.
    QCOMPARE(space.cost(QRectF(20, 62, 10, 5)), LabelSpace::k_blocked);
    QCOMPARE(space.claimCheapest({{QRectF(20, 62, 10, 5)}}), std::optional<int>());
    const QList<LabelSpot> expensive = {{QRectF(10, 10, 50, 9)}, {QRectF(100, 60, 50, 9), 20.0}};
    QCOMPARE(space.claimCheapest(expensive), std::optional<int>(0));
    // An axis rect before its first layout may be inverted: points in it are counted, not
    // written past the grid (this once corrupted the heap).
    LabelSpace inverted(QRectF(100, 100, -60, -40), 8);
    inverted.addPoint(QPointF(45, 62), 3);
    inverted.addPoint(QPointF(99, 99), 2);
    QCOMPARE(inverted.cost(QRectF(40, 60, 59, 39)), 5.0);
    // Spots around a marker never cover the marker itself.
    const QPointF marker(100, 50);
    for (const LabelSpot& spot : spotsAroundMarker(marker, QSizeF(40, 12), 7, 25))
      QVERIFY(!spot.rect.intersects(QRectF(93, 43, 14, 14)));
  }

  // A design whose pixel is not a number (an axis not laid out yet, a log axis at 0) is ignored,
  // and a spot with such corners is blocked: neither reaches the grid's int arithmetic.
  void labelSpaceIgnoresNonFinitePixels()
  {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    LabelSpace space(QRectF(0, 0, 200, 100), 10);
    space.addPoint(QPointF(nan, nan), 7);
    space.addPoint(QPointF(nan, 50), 7);
    space.addPoint(QPointF(50, std::numeric_limits<double>::infinity()), 7);
    QCOMPARE(space.cost(QRectF(0, 0, 200, 100)), 0.0);
    QCOMPARE(space.cost(QRectF(nan, 10, 20, 10)), LabelSpace::k_blocked);
    QCOMPARE(space.cost(QRectF(10, 10, nan, 10)), LabelSpace::k_blocked);
  }
};

QTEST_MAIN(TestPlotsLabels)
#include "test_plots_labels.moc"

// ComparePanel and the HTML report, on real designs (the reference scenario's baselines, scored by
// the core): both show the same rows, the compare table marks the best value, unpin works, and
// the report is a complete, self-contained file written atomically. The compare panel at small
// sizes: the key rows first and in view at 1366 × 768, bar labels that never run together, a
// legend beside (not over) the bars, and the same colours as the Details carbon bar.
#include <QFile>
#include <QSignalSpy>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <qcustomplot.h>

#include "ui/window/language_manager.h"
#include "ui/window/main_window.h"
#include "ui/compare/compare_bars.h"
#include "ui/compare/compare_panel.h"
#include "ui/details/carbon_bar.h"
#include "ui/plots/plot_palette.h"
#include "ui/explorer/design_metrics.h"
#include "ui/explorer/explorer_model.h"
#include "ui/report/html_report.h"
#include "core/search/scenario/scenario.h"

namespace {

std::vector<SelectedDesign> baselineDesigns(ExplorerModel& model, std::size_t count)
{
  model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
  std::vector<SelectedDesign> designs;
  for (std::size_t i = 0; i < model.baselines().size() && designs.size() < count; ++i)
    if (auto info = model.designInfo(DesignRef::baseline(i)); info && info->evaluated)
      designs.push_back(*info);
  return designs;
}

// `count` designs made from the reference baselines, named like the user's pins (archive designs
// and a long baseline name), so the labels are as long as in real use.
std::vector<SelectedDesign> fourDesigns(ExplorerModel& model)
{
  std::vector<SelectedDesign> designs = baselineDesigns(model, 4);
  const QStringList names = {QStringLiteral("Design #527"), QStringLiteral("Design #361"),
                             QStringLiteral("Reference 4x256x16, 8 MB GLB"), QStringLiteral("Design #12045")};
  while (designs.size() < 4)
    designs.push_back(designs.front());
  for (std::size_t i = 0; i < designs.size(); ++i)
    designs[i].label = names[static_cast<qsizetype>(i)];
  return designs;
}

// The x tick labels of the compare bars as drawn: centred on their ticks, as wide as their
// widest line.
QList<QRectF> tickLabelRects(const CompareBars* bars, int count)
{
  QList<QRectF> rects;
  const QFontMetrics metrics(bars->xAxis->tickLabelFont());
  for (int i = 0; i < count; ++i) {
    const QRect box = metrics.boundingRect(QRect(), Qt::TextDontClip, bars->tickLabel(i));
    const double x = bars->xAxis->coordToPixel(i + 1);
    rects.append(QRectF(x - box.width() / 2.0, bars->axisRect()->bottom() + 4, box.width(), box.height()));
  }
  return rects;
}

int rowNamed(const QTableWidget* table, const QString& name)
{
  for (int r = 0; r < table->rowCount(); ++r)
    if (table->verticalHeaderItem(r) && table->verticalHeaderItem(r)->text() == name)
      return r;
  return -1;
}

}   // namespace

class TestCompareAndReport : public QObject {
  Q_OBJECT
private slots:
  void compareTableHasAColumnPerDesignAndMarksTheBest()
  {
    ExplorerModel model;
    const auto designs = baselineDesigns(model, 3);
    QVERIFY(designs.size() >= 2);
    ComparePanel panel;
    panel.setDesigns(designs);
    QTableWidget* table = panel.table();
    QCOMPARE(table->columnCount(), static_cast<int>(designs.size()));
    const int total = rowNamed(table, QStringLiteral("Total carbon (kg CO₂e)"));
    QVERIFY(total >= 0);
    std::size_t best = 0;
    for (std::size_t i = 1; i < designs.size(); ++i)
      if (designs[i].carbon.total_kg < designs[best].carbon.total_kg)
        best = i;
    for (int c = 0; c < table->columnCount(); ++c) {
      QCOMPARE(table->item(total, c)->font().bold(), c == static_cast<int>(best));
      QCOMPARE(QLocale().toDouble(table->item(total, c)->text()),
               std::round(designs[static_cast<std::size_t>(c)].carbon.total_kg * 1000.0) / 1000.0);
    }
    // The bars hold embodied and operational carbon of each design.
    auto* embodied = qobject_cast<QCPBars*>(panel.bars()->plottable(0));
    QVERIFY(embodied);
    QCOMPARE(embodied->data()->size(), static_cast<int>(designs.size()));
    QCOMPARE(embodied->data()->at(0)->value, designs[0].carbon.embodied_kg);
  }

  void unpinButtonsAskToUnpinTheirDesign()
  {
    ExplorerModel model;
    const auto designs = baselineDesigns(model, 2);
    ComparePanel panel;
    panel.setDesigns(designs);
    QSignalSpy spy(&panel, &ComparePanel::unpinRequested);
    const auto buttons = panel.findChildren<QToolButton*>();
    QCOMPARE(buttons.size(), static_cast<qsizetype>(designs.size()));
    buttons.last()->click();
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.first().at(0).value<DesignRef>() == designs.back().ref);
    panel.setDesigns({});
    QCOMPARE(panel.table()->columnCount(), 0);
    QVERIFY(panel.findChildren<QToolButton*>().isEmpty());
  }

  void keyRowsComeFirstInAFixedOrder()
  {
    ExplorerModel model;
    const auto designs = fourDesigns(model);
    ComparePanel panel;
    panel.setDesigns(designs);
    const QStringList keys = ComparePanel::keyRowNames();
    QCOMPARE(keys.size(), 5);
    for (int r = 0; r < keys.size(); ++r)
      QCOMPARE(panel.table()->verticalHeaderItem(r)->text(), keys[r]);
    // Every other row of designMetrics() is still there, once.
    const auto metrics = designMetrics(designs.front());
    QCOMPARE(panel.table()->rowCount(), static_cast<int>(metrics.size()));
    for (const DesignMetric& m : metrics)
      QVERIFY2(rowNamed(panel.table(), m.name) >= 0, qPrintable(m.name));
    // Long texts stay on one line, whole in the tooltip.
    const int model_row = rowNamed(panel.table(), QStringLiteral("Model"));
    QVERIFY(model_row >= 0);
    QVERIFY(!panel.table()->wordWrap());
    QVERIFY(panel.table()->item(model_row, 0)->toolTip().contains(panel.table()->item(model_row, 0)->text()));
    QCOMPARE(panel.table()->rowHeight(model_row), panel.table()->rowHeight(0));
  }

  void keyRowsAreInViewInTheDefaultLayoutAt1366x768()
  {
    LanguageManager languages;
    MainWindow window(&languages, false);
    QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ExplorerModel* model = window.model();
    for (std::size_t b = 0; b < model->baselines().size() && b < 4; ++b)
      model->pin(DesignRef::baseline(b));
    QTest::qWait(100);
    QTableWidget* table = window.compare()->table();
    QVERIFY(table->isVisible());
    QVERIFY(table->columnCount() >= 2);
    const QRect viewport = table->viewport()->rect();
    for (int r = 0; r < ComparePanel::keyRowNames().size(); ++r) {
      const QRect cell = table->visualItemRect(table->item(r, 0));
      // In view vertically (a narrow dock may scroll sideways through the designs).
      QVERIFY2(cell.top() >= viewport.top() && cell.bottom() <= viewport.bottom(),
               qPrintable(QStringLiteral("row %1 (%2) at y %3–%4, the table shows 0–%5")
                              .arg(r)
                              .arg(table->verticalHeaderItem(r)->text())
                              .arg(cell.top())
                              .arg(cell.bottom())
                              .arg(viewport.height())));
    }
  }

  void barLabelsNeverRunTogether_data()
  {
    QTest::addColumn<int>("width");
    QTest::newRow("600 px") << 600;
    QTest::newRow("900 px") << 900;
    QTest::newRow("1600 px") << 1600;
  }
  void barLabelsNeverRunTogether()
  {
    QFETCH(int, width);
    ExplorerModel model;
    const auto designs = fourDesigns(model);
    ComparePanel panel;
    panel.resize(width, 260);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setDesigns(designs);
    auto* bars = qobject_cast<CompareBars*>(panel.bars());
    QVERIFY(bars);
    QTest::qWait(50);   // the table lays out its scroll bars from the event loop
    bars->replot();
    bars->replot();   // the first layout fits the labels, the second lays out with them
    const QList<QRectF> rects = tickLabelRects(bars, static_cast<int>(designs.size()));
    for (qsizetype i = 0; i < rects.size(); ++i) {
      const QString label = bars->tickLabel(static_cast<int>(i));
      QVERIFY(!label.isEmpty());
      // Whole, or shortened with its whole name in the hover text.
      QVERIFY(bars->barToolTip(static_cast<int>(i)).contains(designs[static_cast<std::size_t>(i)].label));
      if (i > 0)
        QVERIFY2(rects[i - 1].right() < rects[i].left(),
                 qPrintable(QStringLiteral("\"%1\" and \"%2\" overlap at %3 px")
                                .arg(bars->tickLabel(static_cast<int>(i - 1)), label)
                                .arg(width)));
    }
    // The numbers are never shortened (a narrow table scrolls sideways instead).
    QTableWidget* table = panel.table();
    if (width == 600)
      QVERIFY(table->horizontalScrollBar()->isVisible() && table->horizontalScrollBar()->maximum() > 0);
    for (int r = 0; r < ComparePanel::keyRowNames().size(); ++r)
      for (int c = 0; c < table->columnCount(); ++c)
        QVERIFY2(table->fontMetrics().horizontalAdvance(table->item(r, c)->text()) < table->columnWidth(c) - 4,
                 qPrintable(QStringLiteral("%1 in %2 px").arg(table->item(r, c)->text()).arg(table->columnWidth(c))));
    // The number at the end of "Design #527" survives shortening.
    QVERIFY2(bars->tickLabel(0).contains(QStringLiteral("527")), qPrintable(bars->tickLabel(0)));
    // The legend is outside the bars.
    QVERIFY(bars->legend->visible());
    QVERIFY(!bars->legend->outerRect().intersects(bars->axisRect()->rect()));
    // CARBONDSE_COMPARE_SCREENSHOT=<dir> saves the panel to look at.
    if (const QByteArray dir = qgetenv("CARBONDSE_COMPARE_SCREENSHOT"); !dir.isEmpty())
      panel.grab().save(QStringLiteral("%1/compare_%2.png").arg(QString::fromLocal8Bit(dir)).arg(width));
  }

  void fitLabelWrapsThenShortensAtTheStart()
  {
    const QFontMetrics metrics(QApplication::font());
    const QString name = QStringLiteral("Reference 4x256x16");
    QCOMPARE(CompareBars::fitLabel(name, metrics, 1000), name);
    const int oneWord = metrics.horizontalAdvance(QStringLiteral("4x256x16"));
    QCOMPARE(CompareBars::fitLabel(name, metrics, oneWord + 2), QStringLiteral("Reference\n4x256x16"));
    const QString tight = CompareBars::fitLabel(QStringLiteral("Design #12045"), metrics, oneWord / 2);
    for (const QString& line : tight.split(QLatin1Char('\n')))
      QVERIFY2(metrics.horizontalAdvance(line) <= oneWord / 2, qPrintable(line));
    QVERIFY(tight.endsWith(QStringLiteral("45")));
  }

  // One colour per quantity: the Compare bars and the Details carbon bar take theirs from
  // plot_palette, so operational carbon is the same colour in both.
  void compareAndDetailsShareThePalette()
  {
    ExplorerModel model;
    const auto designs = baselineDesigns(model, 2);
    ComparePanel panel;
    panel.setDesigns(designs);
    auto* bars = qobject_cast<CompareBars*>(panel.bars());
    QVERIFY(bars);
    QCOMPARE(bars->embodiedBars()->brush().color(), plot_palette::embodiedCarbon());
    QCOMPARE(bars->operationalBars()->brush().color(), plot_palette::operationalCarbon());

    cdse::CarbonBreakdown carbon;
    carbon.embodied_kg = 1.0;
    carbon.embodied_p5_kg = 0.9;
    carbon.embodied_p95_kg = 1.1;
    carbon.operational_kg = 3.0;
    carbon.total_kg = 4.0;
    CarbonBar bar;
    bar.resize(400, bar.sizeHint().height());
    bar.setCarbon(carbon);
    const QImage image = bar.grab().toImage();
    // Three quarters along the bar is operational carbon, at the bar's height (above the legend line).
    const int y = bar.fontMetrics().height() / 2 + 2 + bar.fontMetrics().height() * 6 / 10;
    const QColor operational = image.pixelColor(static_cast<int>(image.width() * 0.8), y);
    const QColor embodied = image.pixelColor(static_cast<int>(image.width() * 0.1), y);
    QCOMPARE(operational.rgb(), bars->operationalBars()->brush().color().rgb());
    QCOMPARE(embodied.rgb(), bars->embodiedBars()->brush().color().rgb());
  }

  void reportIsCompleteAndSelfContained()
  {
    ExplorerModel model;
    const auto designs = baselineDesigns(model, 2);
    ReportInput input;
    input.scenarioTitle = QStringLiteral("Reference <CLIP>");
    input.settings = model.carbonSettings();
    input.constraints.max_latency_s = 0.05;
    input.designs = designs;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QCOMPARE(writeHtmlReport(path, input), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("Reference &lt;CLIP&gt;")));   // escaped
    QVERIFY(!html.contains(QStringLiteral("<img")));   // figures are inline SVG (test_report), never a screen grab
    QVERIFY(html.contains(QStringLiteral("latency ≤ 50 ms")));
    for (const auto& d : designs) {
      QVERIFY(html.contains(d.label.toHtmlEscaped()));
      QVERIFY(html.contains(QLocale().toString(d.carbon.total_kg, 'f', 3)));
    }
    QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
  }

  void aFailedReportWriteKeepsTheOldFile()
  {
    QTemporaryDir dir;
    const QString error = writeHtmlReport(dir.filePath(QStringLiteral("missing/dir/report.html")), ReportInput{});
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(QStringLiteral("missing/dir")));
  }
};

QTEST_MAIN(TestCompareAndReport)
#include "test_compare_and_report.moc"

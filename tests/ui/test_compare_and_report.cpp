// ComparePanel and the HTML report, on real designs (the reference scenario's baselines, scored by
// the core): both show the same rows, the compare table marks the best value, unpin works, and
// the report is a complete, self-contained file written atomically.
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <qcustomplot.h>

#include "compare/compare_panel.h"
#include "explorer/design_metrics.h"
#include "explorer/explorer_model.h"
#include "report/html_report.h"
#include "search/scenario.h"

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

int rowNamed(const QTableWidget* table, const QString& name)
{
  for (int r = 0; r < table->rowCount(); ++r)
    if (table->verticalHeaderItem(r) && table->verticalHeaderItem(r)->text() == name)
      return r;
  return -1;
}

} // namespace

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

  void reportIsCompleteAndSelfContained()
  {
    ExplorerModel model;
    const auto designs = baselineDesigns(model, 2);
    ReportInput input;
    input.scenarioTitle = QStringLiteral("Reference <CLIP>");
    input.settings = model.carbonSettings();
    input.constraints.max_latency_s = 0.05;
    input.designs = designs;
    input.evaluations = 1234;
    input.frontsImage = QImage(40, 30, QImage::Format_RGB32);
    input.frontsImage.fill(Qt::white);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QCOMPARE(writeHtmlReport(path, input), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("Reference &lt;CLIP&gt;")));   // escaped
    QVERIFY(html.contains(QStringLiteral("data:image/png;base64,")));
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

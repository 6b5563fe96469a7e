// The design-review report (issue 16): an ISO 8601 date with its offset and the app version, every
// assumption in force, a plain-language summary whose numbers are recomputed here from the inputs,
// everyday equivalents that can be switched off, print figures as inline SVG (no screen grab), the
// front table ordered by carbon and capped, the sweep and A/B tables when given, a PDF on A4 pages,
// and writes that fail without leaving a file. The last test exports through a real window.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

#include "ui/explorer/explorer_model.h"
#include "ui/plots/fronts_view.h"
#include "ui/report/html_report.h"
#include "ui/report/report_figures.h"
#include "ui/report/report_pdf.h"
#include "ui/sweep/sweep_panel.h"
#include "ui/window/language_manager.h"
#include "ui/window/main_window.h"
#include "ui/window/report_input_builder.h"

namespace {

SelectedDesign design(const QString& label, double total_kg, std::optional<double> accuracy)
{
  SelectedDesign d;
  d.label = label;
  d.evaluated = true;
  d.carbon.total_kg = total_kg;
  d.carbon.embodied_kg = total_kg * 0.25;
  d.carbon.operational_kg = total_kg * 0.75;
  d.invariants.accuracy_available = accuracy.has_value();
  d.invariants.accuracy_source = accuracy ? cdse::AccuracyOrigin::Estimate : cdse::AccuracyOrigin::None;
  d.invariants.accuracy = accuracy.value_or(0.0);
  d.invariants.latency_s = 0.002;
  d.invariants.area_mm2 = 5;
  return d;
}

cdse::CarbonSettings unusualSettings()
{
  cdse::CarbonSettings s;
  s.grid_region = "poland";
  s.grid_intensity_g_per_kwh = 662;
  s.lifetime_years = 6;
  s.inferences_per_second = 2.5;
  s.duty_cycle = 0.4;
  s.include_static = false;
  s.fab_location = "taiwan";
  s.fab_intensity_g_per_kwh = 123.4;
  s.node_nm = 7;
  s.gas_abatement_pct = 99;
  s.yield = 0.9;
  s.dram_type = "lpddr4";
  s.dram_gb = 8;
  s.include_packaging = true;
  s.packaging_kg = 0.2;
  s.amortize = true;
  s.hardware_lifetime_years = 5;
  return s;
}

ReportInput reportWith(std::vector<SelectedDesign> designs)
{
  ReportInput in;
  in.scenarioTitle = QStringLiteral("Reference <CLIP>");
  in.appVersion = QStringLiteral("9.8.7");
  in.generatedAt = QDateTime(QDate(2026, 3, 4), QTime(15, 40, 5), Qt::OffsetFromUTC, 3600);
  in.settings = unusualSettings();
  in.constraints.max_latency_s = 0.05;
  in.designs = std::move(designs);
  return in;
}

QString readAll(const QString& path)
{
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A QCustomPlot with a line, as the fronts would be.
std::unique_ptr<QCustomPlot> linePlot()
{
  auto plot = std::make_unique<QCustomPlot>();
  plot->addGraph();
  plot->graph(0)->setData({0, 1, 2, 3}, {1, 0.5, 0.3, 0.2});
  plot->xAxis->setLabel(QStringLiteral("Total carbon (kg)"));
  plot->rescaleAxes();
  plot->replot();
  return plot;
}

QString pct(double value) { return QString::number(value, 'f', 1); }

}   // namespace

class TestReport : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

  void headerHasAnIsoDateWithOffsetAndTheVersion()
  {
    const QString html = htmlReport(reportWith({}));
    QVERIFY(html.contains(QStringLiteral("2026-03-04T15:40:05+01:00")));
    QVERIFY(html.contains(QStringLiteral("CarbonDSE 9.8.7")));
    QVERIFY(html.contains(QStringLiteral("Reference &lt;CLIP&gt;")));
    QVERIFY(!html.contains(QStringLiteral("Reference <CLIP>")));
    ReportInput utc = reportWith({});
    utc.generatedAt = QDateTime(QDate(2026, 12, 31), QTime(23, 0), Qt::UTC);
    QVERIFY(htmlReport(utc).contains(QStringLiteral("2026-12-31T23:00:00Z")));
    utc.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, -(5 * 3600 + 30 * 60));
    QVERIFY(htmlReport(utc).contains(QStringLiteral("2026-01-02T03:04:05-05:30")));
  }

  void everyAssumptionInForceIsListed()
  {
    const QString html = htmlReport(reportWith({}));
    const QStringList expected = {
        QStringLiteral("662.0 g CO₂e/kWh (Poland"),
        QStringLiteral("6 years"),
        QStringLiteral("2.5 inferences per second"),
        QStringLiteral("40.0 %"),
        QStringLiteral("off: dynamic energy only"),
        QStringLiteral("a custom fab grid of 123.4 g CO₂e/kWh"),
        QStringLiteral("7 nm for every design (override)"),
        QStringLiteral("99 %"),
        QStringLiteral("0.900"),
        QStringLiteral("from the die area (Murphy's model"),
        QStringLiteral("33.3 % of the leakage while powered but idle"),
        QStringLiteral("LPDDR4, a fixed 8 GB per design"),
        QStringLiteral("included, 0.200 kg CO₂e per chip"),
        QStringLiteral("hardware lifetime of 5 years"),
        QStringLiteral("latency ≤ 50 ms"),
    };
    for (const QString& text : expected)
      QVERIFY2(html.contains(text), qPrintable(text));
    for (const char* row : {"Grid carbon intensity", "Lifetime", "Inference rate", "Duty cycle (powered on)",
                            "Leakage (static energy)", "Idle power (power gating)", "Fab", "Technology node",
                            "Fab gas abatement", "Die yield", "DRAM yield", "DRAM", "Packaging", "Amortisation"})
      QVERIFY2(html.contains(QStringLiteral("<th>%1</th>").arg(QString::fromUtf8(row))), row);

    // The other side of each switch.
    ReportInput other = reportWith({});
    other.settings = cdse::CarbonSettings{};
    const QString plain = htmlReport(other);
    for (const char* text :
         {"on: counted while powered", "Taiwan", "each accelerator&#x27;s own", "sized from the model weights",
          "not included", "off: the whole embodied carbon", "(a custom value)"})
      QVERIFY2(plain.contains(QString::fromUtf8(text)) ||
                   plain.contains(QString::fromUtf8(text).replace(QStringLiteral("&#x27;"), QStringLiteral("'"))),
               text);
  }

  void searchSectionNamesAlgorithmSeedBudgetAndAccuracySource()
  {
    ReportInput in = reportWith({});
    in.search.runName = QStringLiteral("Run 2");
    in.search.algorithm = QStringLiteral("nsga2");
    in.search.seed = 4242;
    in.search.budget = 1500;
    in.search.evaluations = 1234;
    in.search.accuracy = {{"kind", "measured"}, {"file", "acc.csv"}, {"fallback", "builtin"}};
    const QString html = htmlReport(in);
    for (const char* text : {"Run 2", "(nsga2)", "<td>4242</td>", "1,500 evaluations", "<td>1,234</td>",
                             "measured table acc.csv, else the built-in estimate"})
      QVERIFY2(html.contains(QString::fromUtf8(text)), text);
  }

  void summaryComparesTheLowestCarbonDesignWithTheOthers()
  {
    const double a = 0.4, b = 0.352, c = 0.5;   // kg CO2e
    const double accA = 0.80, accB = 0.783;
    ReportInput in = reportWith({design(QStringLiteral("Design #527"), a, accA),
                                 design(QStringLiteral("Design #361"), b, accB),
                                 design(QStringLiteral("Design #12"), c, std::nullopt)});
    in.includeEquivalents = false;
    const QString html = htmlReport(in);
    const QString first = QStringLiteral("Design #361 emits %1 kg CO₂e over 6 years, %2 % less than Design #527, at %3 "
                                         "points lower accuracy.")
                              .arg(QString::number(b, 'f', 3), pct((a - b) / a * 100), pct((accA - accB) * 100));
    QVERIFY2(html.contains(first), qPrintable(first));
    // No accuracy estimate: no accuracy clause.
    const QString second = QStringLiteral("It emits %1 % less than Design #12.").arg(pct((c - b) / c * 100));
    QVERIFY2(html.contains(second), qPrintable(second));
    QVERIFY(html.contains(QStringLiteral("25.0 % is embodied")));
    // At the top: before the assumptions.
    QVERIFY(html.indexOf(first) < html.indexOf(QStringLiteral("Assumptions in force")));
  }

  void summaryHandlesOneDesignEqualCarbonAndHigherAccuracy()
  {
    ReportInput one = reportWith({design(QStringLiteral("Design #7"), 1.25, 0.7)});
    one.includeEquivalents = false;
    const QString single = htmlReport(one);
    QVERIFY(single.contains(QStringLiteral("Design #7 emits 1.250 kg CO₂e over 6 years.")));
    QVERIFY(!single.contains(QStringLiteral("less than")));

    ReportInput same = reportWith(
        {design(QStringLiteral("Design #1"), 0.5, 0.7), design(QStringLiteral("Design #2"), 0.5, 0.7)});
    same.includeEquivalents = false;
    QVERIFY(htmlReport(same).contains(QStringLiteral("Design #1 emits 0.500 kg CO₂e over 6 years, the same as Design "
                                                     "#2, at the same accuracy.")));

    ReportInput better = reportWith(
        {design(QStringLiteral("Design #1"), 0.8, 0.70), design(QStringLiteral("Design #2"), 0.6, 0.72)});
    better.includeEquivalents = false;
    QVERIFY(htmlReport(better).contains(
        QStringLiteral("%1 % less than Design #1, at %2 points higher accuracy.").arg(pct(25.0), pct(2.0))));

    // Nothing evaluated: a sentence saying so, no numbers made up.
    SelectedDesign failed = design(QStringLiteral("Design #9"), 0, std::nullopt);
    failed.evaluated = false;
    QVERIFY(htmlReport(reportWith({failed})).contains(QStringLiteral("No design was selected or pinned")));
  }

  void equivalentsCanBeSwitchedOff()
  {
    const double total = 0.352;
    ReportInput in = reportWith({design(QStringLiteral("Design #361"), total, 0.8)});
    QVERIFY(in.includeEquivalents);   // on by default
    const QString on = htmlReport(in);
    // EPA: 1.24e-5 t CO2 per smartphone charged; 3.93e-4 t per mile by car.
    const QString phones = QStringLiteral("≈ %1 smartphone charges").arg(QLocale().toString(total / 0.0124, 'g', 3));
    const QString car = QStringLiteral("≈ %1 km driven").arg(QLocale().toString(total / (0.393 / 1.609344), 'g', 3));
    QVERIFY2(on.contains(phones), qPrintable(phones));
    QVERIFY2(on.contains(car), qPrintable(car));
    QVERIFY(on.contains(QStringLiteral("Greenhouse Gas Equivalencies Calculator")));
    in.includeEquivalents = false;
    const QString off = htmlReport(in);
    QVERIFY(!off.contains(QStringLiteral("smartphone")));
    QVERIFY(!off.contains(QStringLiteral("Equivalencies")));
  }

  void breakdownsSplitEmbodiedAndOperational()
  {
    SelectedDesign d = design(QStringLiteral("Design #361"), 0.9, 0.8);
    d.carbon.chip_kg = 0.111;
    d.carbon.dram_kg = 0.222;
    d.carbon.dram_gb = 2;
    d.carbon.packaging_kg = 0.15;
    d.carbon.dynamic_kg = 0.333;
    d.carbon.static_kg = 0.044;
    d.invariants.area.glb_mm2 = 1.25;
    const QString html = htmlReport(reportWith({d}));
    for (const char* text : {"0.111", "0.222 (2 GB)", "0.150", "0.333", "0.044", "1.25"})
      QVERIFY2(html.contains(QStringLiteral(">%1<").arg(QString::fromUtf8(text))), text);
  }

  void figuresAreInlineSvgNotScreenGrabs()
  {
    const auto plot = linePlot();
    const ReportFigure figure = report_figures::render(plot.get(), QStringLiteral("Accuracy vs carbon"));
    QVERIFY(figure.svg.startsWith("<svg"));
    QCOMPARE(figure.image.size(),
             QSize(report_figures::k_width_px, report_figures::k_height_px) * report_figures::k_image_scale);
    QCOMPARE(figure.image.pixelColor(2, 2), QColor(Qt::white));   // printed on white
    ReportInput in = reportWith({});
    in.figures.push_back(figure);
    const QString html = htmlReport(in);
    QVERIFY(html.contains(QStringLiteral("<svg")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("<?xml")));
    QVERIFY(html.contains(QStringLiteral("Total carbon (kg)")));   // the axis, as vector text
    // The PDF's HTML names the image instead.
    QVERIFY(htmlReport(in, report_figures::Embed::DocumentImage).contains(QStringLiteral("<img src=\"cdse-figure:0\"")));
  }

  void frontTableIsOrderedByCarbonAndCapped()
  {
    ReportInput in = reportWith({});
    const std::size_t count = k_report_front_rows + 10;
    for (std::size_t i = 0; i < count; ++i)
      in.front.push_back(design(QStringLiteral("Front #%1").arg(i), 1.0 + static_cast<double>((i * 37) % count), 0.7));
    in.frontSize = count + 15;
    const QString html = htmlReport(in);
    const int lowest = html.indexOf(QStringLiteral("<td>Front #0</td>"));   // 1.0 kg
    const int next = html.indexOf(QStringLiteral("<td>Front #%1</td>").arg(/* (i*37) % 60 == 1 */ 13));
    QVERIFY(lowest > 0 && next > lowest);
    QCOMPARE(html.count(QRegularExpression(QStringLiteral("<td>Front #\\d+</td>"))),
             static_cast<int>(k_report_front_rows));
    QVERIFY(html.contains(QStringLiteral("The front holds %1 designs; the %2 with the lowest total carbon are listed.")
                              .arg(count + 15)
                              .arg(k_report_front_rows)));
  }

  void sweepAndAbSectionsAppearWhenGiven()
  {
    ReportInput in = reportWith({});
    QVERIFY(!htmlReport(in).contains(QStringLiteral("A/B assumptions")));
    QVERIFY(!htmlReport(in).contains(QStringLiteral("Break-even")));

    AbReportSection ab;
    ab.labelA = QStringLiteral("Quebec, 3 years");
    ab.labelB = QStringLiteral("Poland, 6 years");
    ab.rows.push_back({QStringLiteral("Design #361"), QStringLiteral("0.412"), QStringLiteral("1.903"),
                       QStringLiteral("+1.491"), QStringLiteral("+361.9")});
    ab.summary = QStringLiteral("Under B, switching to Design #12 saves 0.2 kg.");
    in.ab = ab;
    ReportSweep sweep;
    sweep.range.parameter = cdse::SweepParameter::GridIntensity;
    sweep.range.from = 1;
    sweep.range.to = 1000;
    sweep.sweep.break_evens.push_back({cdse::BreakEven::Kind::Crosses, 412.0});
    sweep.sweep.break_evens.push_back({cdse::BreakEven::Kind::EmbodiedAbove, std::nullopt});
    sweep.sweep.changes.push_back({300, 310, std::size_t{4}, std::size_t{9}});
    sweep.designLabels = {QStringLiteral("Design #361"), QStringLiteral("Design #527")};
    sweep.candidateLabel = [](std::size_t i) { return QStringLiteral("cand-%1").arg(i); };
    in.sweep = sweep;
    const QString html = htmlReport(in);
    for (const char* text :
         {"A: Quebec, 3 years (kg CO₂e)", "B: Poland, 6 years (kg CO₂e)", "<td>Design #361</td>", ">1.903<", ">+361.9<",
          "Under B, switching to Design #12 saves 0.2 kg.", "operational overtakes embodied above 412 g CO₂e/kWh",
          "embodied above operational over the whole range", "300 g CO₂e/kWh – 310 g CO₂e/kWh", "<td>cand-4</td>",
          "<td>cand-9</td>"})
      QVERIFY2(html.contains(QString::fromUtf8(text)), text);
  }

  void pdfIsWrittenOnA4Pages()
  {
    const auto plot = linePlot();
    ReportInput in = reportWith(
        {design(QStringLiteral("Design #527"), 0.4, 0.8), design(QStringLiteral("Design #361"), 0.35, 0.78)});
    for (int i = 0; i < 3; ++i)
      in.figures.push_back(report_figures::render(plot.get(), QStringLiteral("Figure %1").arg(i)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(writePdfReport(path, in), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"));
    int pages = 0;
    for (auto it = box.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); ++pages) {
      const auto m = it.next();
      QVERIFY(std::abs(m.captured(3).toDouble() - m.captured(1).toDouble() - 595) <= 1);
      QVERIFY(std::abs(m.captured(4).toDouble() - m.captured(2).toDouble() - 842) <= 1);
    }
    QVERIFY2(pages >= 2, "the sections after the summary start on new pages");
    // CARBONDSE_REPORT_SAMPLE=<dir> keeps a copy to look at.
    if (const QByteArray keep = qgetenv("CARBONDSE_REPORT_SAMPLE"); !keep.isEmpty()) {
      QFile::copy(path, QDir(QString::fromLocal8Bit(keep)).filePath(QStringLiteral("report.pdf")));
      writeHtmlReport(QDir(QString::fromLocal8Bit(keep)).filePath(QStringLiteral("report.html")), in);
    }
  }

  void aWriteThatFailsLeavesNoFile_data()
  {
    QTest::addColumn<QString>("suffix");
    QTest::newRow("html") << QStringLiteral("html");
    QTest::newRow("pdf") << QStringLiteral("pdf");
  }
  void aWriteThatFailsLeavesNoFile()
  {
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const ReportInput in = reportWith({design(QStringLiteral("Design #1"), 0.5, 0.7)});
    auto write = [&](const QString& path) {
      return suffix == QLatin1String("pdf") ? writePdfReport(path, in) : writeHtmlReport(path, in);
    };
    const QString missing = dir.filePath(QStringLiteral("missing/dir/report.") + suffix);
    const QString error = write(missing);
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(QStringLiteral("missing/dir")));
    QVERIFY(!QFileInfo::exists(missing));
    // A path that is a directory: refused, nothing left beside it.
    const QString folder = dir.filePath(QStringLiteral("taken.") + suffix);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!write(folder).isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("taken.") + suffix});
  }

  void theWindowExportsPrintFiguresOfItsPlots()
  {
    LanguageManager languages;
    MainWindow window(&languages, false);
    QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ExplorerModel* model = window.model();
    for (std::size_t b = 0; b < model->baselines().size() && b < 2; ++b)
      model->pin(DesignRef::baseline(b));
    window.fronts()->redrawNow();
    // The Sweep panel sweeps the pinned designs by itself; its result becomes a section and a figure.
    QSignalSpy swept(window.sweep(), &SweepPanel::sweepShown);
    QVERIFY(window.sweep()->shownSweep() || swept.wait(10000));
    const ReportInput in = buildReportInput(*model, *window.fronts(), window.sweep());
    QVERIFY(!in.appVersion.isEmpty());
    QCOMPARE(in.designs.size(), std::size_t{2});
    QCOMPARE(in.figures.size(), static_cast<std::size_t>(FrontsView::k_projection_count) + 1);
    QVERIFY(in.sweep);
    QCOMPARE(in.sweep->designLabels.size(), 2);
    QCOMPARE(in.sweep->sweep.break_evens.size(), std::size_t{2});
    for (const ReportFigure& f : in.figures) {
      QVERIFY(f.svg.startsWith("<svg"));
      QVERIFY(!f.image.isNull());
      QVERIFY(!f.caption.isEmpty());
    }
    QTemporaryDir dir;
    QCOMPARE(writeHtmlReport(dir.filePath(QStringLiteral("r.html")), in), QString());
    QCOMPARE(writePdfReport(dir.filePath(QStringLiteral("r.pdf")), in), QString());
    const QString html = readAll(dir.filePath(QStringLiteral("r.html")));
    QVERIFY(html.contains(in.designs.front().label.toHtmlEscaped()));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(html.contains(QStringLiteral("Break-even")));
    QVERIFY(html.contains(in.sweep->designLabels.front().toHtmlEscaped()));
    if (const QByteArray keep = qgetenv("CARBONDSE_REPORT_SAMPLE"); !keep.isEmpty()) {
      const QDir out(QString::fromLocal8Bit(keep));
      QFile::copy(dir.filePath(QStringLiteral("r.pdf")), out.filePath(QStringLiteral("window_report.pdf")));
      QFile::copy(dir.filePath(QStringLiteral("r.html")), out.filePath(QStringLiteral("window_report.html")));
    }
  }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"

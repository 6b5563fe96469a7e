// Figure export for papers and slides (issue 16): size presets and DPI, vector output without any
// embedded raster, the assumptions caption, presentation style applied to the exported copy only,
// and the options dialog remembering its choice.
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "ui/export/figure_export_dialog.h"
#include "ui/export/figure_options.h"
#include "ui/plots/faint_points_layer.h"
#include "ui/plots/fronts_view.h"
#include "ui/plots/plot_export.h"
#include "ui/plots/projection_plot.h"
#include "ui/report/figure_caption.h"

#include "plot_test_points.h"

namespace {

// `n` designs on a 1-D trade-off, almost all dominated, some infeasible, a few on the front.
FrontSnapshot manyPoints(std::size_t n)
{
  FrontSnapshot s;
  for (std::size_t i = 0; i < n; ++i) {
    const double u = std::fmod(static_cast<double>(i) * 0.618034, 1.0);
    const double v = std::fmod(static_cast<double>(i) * 0.414214, 1.0);
    const bool front = i % 500 == 0;
    s.points.push_back(testPoint(i, 0.55 + 0.4 * u, 5 + 40 * v, 0.5 + 3 * u + 2 * v, i % 7 != 0, front));
  }
  return s;
}

QByteArray readAll(const QString& path)
{
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The PDF's page size in points, from its /MediaBox [0 0 w h].
QSizeF mediaBox(const QByteArray& pdf)
{
  static const QRegularExpression box(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
  const auto m = box.match(QString::fromLatin1(pdf));
  return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

// The largest font size and pen width drawn in an SVG, in its own units: QSvgGenerator writes
// each painter state as a <g> with the transform, font and pen of what follows.
struct SvgSizes {
  double font = 0;
  double stroke = 0;
};

SvgSizes largestSizes(const QByteArray& svg)
{
  static const QRegularExpression group(QStringLiteral("<g\\b[^>]*>"));
  static const QRegularExpression matrix(QStringLiteral("transform=\"matrix\\(([-0-9.e]+),([-0-9.e]+),"));
  static const QRegularExpression font(QStringLiteral("font-size=\"([0-9.]+)\""));
  static const QRegularExpression stroke(QStringLiteral("stroke-width=\"([0-9.]+)\""));
  SvgSizes out;
  auto it = group.globalMatch(QString::fromUtf8(svg));
  while (it.hasNext()) {
    const QString g = it.next().captured(0);
    double scale = 1.0;
    if (const auto m = matrix.match(g); m.hasMatch())
      scale = std::hypot(m.captured(1).toDouble(), m.captured(2).toDouble());
    if (const auto m = font.match(g); m.hasMatch())
      out.font = std::max(out.font, scale * m.captured(1).toDouble());
    if (const auto m = stroke.match(g); m.hasMatch())
      out.stroke = std::max(out.stroke, scale * m.captured(1).toDouble());
  }
  return out;
}

FigureOptions preset(FigurePreset p, int dpi = 192)
{
  FigureOptions o;
  o.preset = p;
  o.pngDpi = dpi;
  return o;
}

}   // namespace

class TestFigureExport : public QObject {
  Q_OBJECT
private slots:
  void initTestCase()
  {
    view_.resize(1200, 420);
    view_.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view_));
    view_.setSnapshot(manyPoints(k_points));
    view_.redrawNow();
    QVERIFY(dir_.isValid());
  }

  void vectorExportsHoldNoImageButMarks()
  {
    auto* plot = static_cast<ProjectionPlot*>(view_.plots()[0]);
    QVERIFY(plot->colourScaleShown());   // the colour bar is an image in QCustomPlot
    const QString svg = dir_.filePath(QStringLiteral("fronts.svg"));
    QCOMPARE(exportPlots(view_.plots(), svg), QString());
    const QByteArray bytes = readAll(svg);
    QVERIFY(bytes.contains("<svg"));
    QVERIFY2(!bytes.contains("<image"), "an SVG export embeds a raster image");
    // The faint designs as marks (filled circles; QSvgGenerator writes them as <circle>), thinned
    // to one per colour bin and pixel but not to a handful.
    const auto marks = bytes.count("<circle");
    qInfo("%zu designs: SVG of %.1f MB with %lld marks", k_points, bytes.size() / 1e6, static_cast<long long>(marks));
    QVERIFY2(marks > 1000, qPrintable(QString::number(marks)));
    QVERIFY2(marks < 3 * static_cast<qsizetype>(k_points), qPrintable(QString::number(marks)));
    // The PDF has no image XObject either.
    const QString pdf = dir_.filePath(QStringLiteral("fronts.pdf"));
    QCOMPARE(exportPlots(view_.plots(), pdf), QString());
    QVERIFY(!readAll(pdf).contains("/Subtype /Image"));
  }

  void thinningBoundsTheMarksOfManyPoints()
  {
    // 100,000 designs must not make a file of tens of megabytes.
    FrontsView big;
    big.resize(1200, 420);
    big.show();
    QVERIFY(QTest::qWaitForWindowExposed(&big));
    big.setSnapshot(manyPoints(100'000));
    big.redrawNow();
    const QString svg = dir_.filePath(QStringLiteral("big.svg"));
    QCOMPARE(exportPlots(big.plots(), svg), QString());
    const QByteArray bytes = readAll(svg);
    const auto marks = bytes.count("<circle");
    qInfo("100000 designs: SVG of %.1f MB with %lld marks", bytes.size() / 1e6, static_cast<long long>(marks));
    QVERIFY(!bytes.contains("<image"));
    QVERIFY2(bytes.size() < 20'000'000, qPrintable(QString::number(bytes.size())));
  }

  void exportLeavesTheScreenAsItWas()
  {
    for (QCustomPlot* plot : view_.plots()) {
      const QImage before = plot->toPixmap().toImage();
      QList<QList<QCPLayerable*>> layers;
      for (int i = 0; i < plot->layerCount(); ++i)
        layers.append(plot->layer(i)->children());
      FigureOptions o = preset(FigurePreset::Slide16x9);
      o.presentation = true;
      o.caption = true;
      QCOMPARE(exportPlot(plot, dir_.filePath(QStringLiteral("one.svg")), o, QStringLiteral("caption")), QString());
      QCOMPARE(exportPlot(plot, dir_.filePath(QStringLiteral("one.png")), o, QStringLiteral("caption")), QString());
      for (int i = 0; i < plot->layerCount(); ++i)
        QCOMPARE(plot->layer(i)->children(), layers[i]);
      for (int i = 0; i < plot->layerCount(); ++i)
        for (QCPLayerable* child : plot->layer(i)->children())
          if (auto* faint = qobject_cast<FaintPointsLayer*>(child))
            QVERIFY(!faint->vectorMarks());
      QVERIFY2(plot->toPixmap().toImage() == before, qPrintable(plot->objectName()));
    }
  }

  void pdfPageIsThePreset()
  {
    struct Case {
      FigurePreset preset;
      QSizeF pt;
    };
    const Case cases[] = {{FigurePreset::A4Page, {595.3, 841.9}},
                          {FigurePreset::LetterPage, {612, 792}},
                          {FigurePreset::Slide16x9, {1440, 810}},
                          {FigurePreset::Slide4x3, {1200, 900}}};
    for (const Case& c : cases) {
      const QString pdf = dir_.filePath(QStringLiteral("page.pdf"));
      QCOMPARE(exportPlots(view_.plots(), pdf, preset(c.preset)), QString());
      const QSizeF box = mediaBox(readAll(pdf));
      qInfo("%s: /MediaBox %.2f × %.2f pt", qPrintable(figure_options::presetName(c.preset)), box.width(), box.height());
      QVERIFY2(std::abs(box.width() - c.pt.width()) <= 1 && std::abs(box.height() - c.pt.height()) <= 1,
               qPrintable(QStringLiteral("%1 × %2").arg(box.width()).arg(box.height())));
    }
  }

  void pngIsThePresetAtItsDpi()
  {
    struct Case {
      FigureOptions options;
      QSize px;
    };
    FigureOptions custom = preset(FigurePreset::Custom, 144);
    custom.customSize_px = QSize(800, 500);
    const Case cases[] = {{preset(FigurePreset::A4Page, 150), {1240, 1754}},
                          {preset(FigurePreset::LetterPage, 300), {2550, 3300}},
                          {preset(FigurePreset::Slide16x9, 300), {1920, 1080}},   // a slide is its pixels
                          {custom, {1200, 750}}};
    for (const Case& c : cases) {
      const QString png = dir_.filePath(QStringLiteral("figure.png"));
      QCOMPARE(exportPlots(view_.plots(), png, c.options), QString());
      const QImage image(png);
      QCOMPARE(image.size(), c.px);
      if (!figure_options::isSlide(c.options.preset))
        QCOMPARE(std::lround(image.dotsPerMeterX() * 0.0254), static_cast<long>(c.options.pngDpi));
    }
    // On-screen size at 2× keeps what the export did before there were presets.
    const QString png = dir_.filePath(QStringLiteral("screen.png"));
    QCOMPARE(exportPlots(view_.plots(), png, preset(FigurePreset::OnScreen, 192)), QString());
    QCOMPARE(QImage(png).size(), exportSizeOf(view_.plots()) * 2);
  }

  void captionIsVectorTextWhenOnOnly()
  {
    FigureCaptionInput in;
    in.settings.grid_region = "poland";
    in.settings.grid_intensity_g_per_kwh = 662;
    in.settings.lifetime_years = 5;
    in.accuracySource = accuracySourceName("builtin");
    in.appVersion = QStringLiteral("9.8.7");
    in.date = QDate(2031, 2, 3);
    const QString caption = figureCaption(in);
    for (const char* part : {"662.0 g CO₂e/kWh (Poland)", "lifetime 5 years", "inferences/s", "powered on 100.0 %",
                             "fab ", "node the accelerator's own", "estimate", "CarbonDSE 9.8.7", "2031-02-03"})
      QVERIFY2(caption.contains(QString::fromUtf8(part)), qPrintable(caption));

    FigureOptions o = preset(FigurePreset::Slide16x9);
    const QString on = dir_.filePath(QStringLiteral("caption_on.svg"));
    const QString off = dir_.filePath(QStringLiteral("caption_off.svg"));
    o.caption = true;
    QCOMPARE(exportPlots(view_.plots(), on, o, caption), QString());
    o.caption = false;
    QCOMPARE(exportPlots(view_.plots(), off, o, caption), QString());
    QVERIFY(readAll(on).contains("2031-02-03"));
    QVERIFY(readAll(on).contains("CarbonDSE 9.8.7"));
    QVERIFY(!readAll(off).contains("2031-02-03"));
    // The on-screen figure grows by the caption's height.
    FigureOptions screen = preset(FigurePreset::OnScreen, 96);
    screen.caption = true;
    const QString png = dir_.filePath(QStringLiteral("caption.png"));
    QCOMPARE(exportPlots(view_.plots(), png, screen, caption), QString());
    QVERIFY(QImage(png).height() > exportSizeOf(view_.plots()).height());
  }

  void presentationStyleEnlargesTheExportOnly()
  {
    FigureOptions o = preset(FigurePreset::Slide16x9);
    const QString plain = dir_.filePath(QStringLiteral("plain.svg"));
    const QString large = dir_.filePath(QStringLiteral("presentation.svg"));
    QCOMPARE(exportPlots(view_.plots(), plain, o), QString());
    o.presentation = true;
    QCOMPARE(exportPlots(view_.plots(), large, o), QString());
    const SvgSizes a = largestSizes(readAll(plain));
    const SvgSizes b = largestSizes(readAll(large));
    qInfo("largest font %.1f → %.1f, largest pen %.2f → %.2f", a.font, b.font, a.stroke, b.stroke);
    QVERIFY(a.font > 0 && a.stroke > 0);
    QVERIFY2(b.font > 1.5 * a.font, qPrintable(QStringLiteral("%1 → %2").arg(a.font).arg(b.font)));
    QVERIFY2(b.stroke > 2.0 * a.stroke, qPrintable(QStringLiteral("%1 → %2").arg(a.stroke).arg(b.stroke)));
    // Okabe–Ito: the front's outlines (ink, #191919 on screen) become black.
    QVERIFY(readAll(plain).contains("#191919"));
    QVERIFY(!readAll(large).contains("#191919"));
  }

  void optionsAreRememberedAndChecked()
  {
    QSettings settings(dir_.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FigureOptions o = preset(FigurePreset::Custom, 300);
    o.customSize_px = QSize(1000, 700);
    o.caption = true;
    o.presentation = true;
    figure_options::save(settings, o);
    QCOMPARE(figure_options::load(settings), o);
    FigureExportDialog dialog(o,
                              {{QStringLiteral("fronts"), QSize(1200, 420)}, {QStringLiteral("sweep"), QSize(500, 300)}});
    QCOMPARE(dialog.options(), o);
    QVERIFY(dialog.sizeSummary().contains(QStringLiteral("3125")));   // 1000 px at 300 dpi
    // Out-of-range values are refused by the exporter (and clamped when loaded).
    QVERIFY(!exportPlots(view_.plots(), dir_.filePath(QStringLiteral("x.png")), preset(FigurePreset::A4Page, 9600))
                 .isEmpty());
    settings.setValue(QStringLiteral("figureExport/dpi"), 9600);
    QCOMPARE(figure_options::load(settings).pngDpi, figure_options::k_max_dpi);
  }

private:
  static constexpr std::size_t k_points = 5000;
  FrontsView view_;
  QTemporaryDir dir_;
};

QTEST_MAIN(TestFigureExport)
#include "test_figure_export.moc"

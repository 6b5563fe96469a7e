// Plot export: the three fronts side by side as PNG / SVG / PDF (right magic bytes, sensible size),
// and failures that name the file and leave nothing behind.
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/plots/fronts_view.h"
#include "ui/plots/hypervolume_plot.h"
#include "ui/plots/plot_export.h"

namespace {

FrontSnapshot smallSnapshot()
{
  FrontSnapshot s;
  for (std::size_t i = 0; i < 40; ++i) {
    PlotPoint p;
    p.archive_index = i;
    p.accuracy = 0.6 + 0.004 * static_cast<double>(i);
    p.latency_s = 0.005 + 0.001 * static_cast<double>((i * 7) % 40);
    p.total_kg = 1.0 + 0.1 * static_cast<double>((i * 13) % 40);
    p.embodied_kg = p.total_kg / 2;
    p.operational_kg = p.total_kg / 2;
    p.feasible = i % 5 != 0;
    p.on_front = i % 9 == 1;
    s.points.push_back(p);
  }
  return s;
}

QByteArray head(const QString& path, int n)
{
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return {};
  return f.read(n);
}

}   // namespace

class TestPlotsExport : public QObject {
  Q_OBJECT
private slots:
  void exportsTheFrontsInEveryFormat()
  {
    FrontsView view;
    view.resize(1200, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(smallSnapshot());
    view.redrawNow();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString png = dir.filePath(QStringLiteral("fronts.png"));
    QCOMPARE(exportPlots(view.plots(), png), QString());   // on-screen size at 192 dpi: 2×
    QVERIFY(head(png, 4) == QByteArray("\x89PNG", 4));
    const QImage image(png);
    QSize expected(0, 0);
    for (QCustomPlot* p : view.plots())
      expected = QSize(expected.width() + exportSizeOf(p).width(), std::max(expected.height(), exportSizeOf(p).height()));
    QCOMPARE(image.size(), expected * 2);

    const QString svg = dir.filePath(QStringLiteral("fronts.svg"));
    QCOMPARE(exportPlots(view.plots(), svg), QString());
    QVERIFY(head(svg, 4096).contains("<svg"));

    const QString pdf = dir.filePath(QStringLiteral("fronts.PDF"));   // suffix case does not matter
    QCOMPARE(exportPlots(view.plots(), pdf), QString());
    QVERIFY(head(pdf, 4) == QByteArray("%PDF"));
    QVERIFY(QFileInfo(pdf).size() > 1000);

    HypervolumePlot hv;
    hv.setTrace({{1, 0.1}, {5, 0.3}});
    hv.redrawNow();
    const QString single = dir.filePath(QStringLiteral("hv.png"));
    QCOMPARE(exportPlot(hv.plot(), single), QString());
    QVERIFY(head(single, 4) == QByteArray("\x89PNG", 4));
  }

  void failuresNameTheFileAndLeaveNothing()
  {
    FrontsView view;
    view.setSnapshot(smallSnapshot());
    view.redrawNow();
    QTemporaryDir dir;
    const QString missingDir = dir.filePath(QStringLiteral("no/such/folder/fronts.png"));
    const QString error = exportPlots(view.plots(), missingDir);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("fronts.png")), qPrintable(error));
    QVERIFY(!QFile::exists(missingDir));

    const QString wrongSuffix = dir.filePath(QStringLiteral("fronts.bmp"));
    const QString suffixError = exportPlots(view.plots(), wrongSuffix);
    QVERIFY2(suffixError.contains(QStringLiteral("fronts.bmp")), qPrintable(suffixError));
    QVERIFY(!QFile::exists(wrongSuffix));

    QVERIFY(!exportPlots({}, dir.filePath(QStringLiteral("x.png"))).isEmpty());
    const auto atDpi = [](int dpi) {
      FigureOptions o;
      o.pngDpi = dpi;
      return o;
    };
    QVERIFY(!exportPlots(view.plots(), dir.filePath(QStringLiteral("x.png")), atDpi(9600)).isEmpty());
    // An existing file survives a refused export.
    const QString kept = dir.filePath(QStringLiteral("kept.png"));
    QCOMPARE(exportPlots(view.plots(), kept, atDpi(96)), QString());
    const auto before = QFileInfo(kept).size();
    QVERIFY(!exportPlots(view.plots(), kept, atDpi(0)).isEmpty());
    QCOMPARE(QFileInfo(kept).size(), before);
  }
};

QTEST_MAIN(TestPlotsExport)
#include "test_plots_export.moc"

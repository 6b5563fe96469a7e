// Exports of a real (small) search: files exist, CSV has the header and one row per design, JSON
// parses with the same rows, front-only exports hold exactly the front; an unwritable path is
// reported, not thrown.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/explorer/explorer_model.h"
#include "ui/export/design_table_export.h"
#include "core/io/shortest_number.h"
#include "core/search/scenario/scenario.h"
#include "ui/search/search_controller.h"
#include "core/session/session_file.h"

class TestExport : public QObject {
  Q_OBJECT
  ExplorerModel model_;   // what the window exports from: the designs streamed from the run

private slots:
  void initTestCase()
  {
    model_.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    SearchController controller;
    connect(&controller, &SearchController::runSetupReady, &model_, &ExplorerModel::beginRun);
    connect(&controller, &SearchController::recordsArrived, &model_, &ExplorerModel::appendRecords);
    QSignalSpy finished(&controller, &SearchController::runFinished);
    SearchRunRequest request;
    request.algorithm = QStringLiteral("random");
    request.budget = 64;
    request.threads = 2;
    QVERIFY(controller.start(model_.scenario(), request));
    QVERIFY(finished.wait(60000));
    QCOMPARE(model_.archive().size(), std::size_t(64));
  }

  void csvHasHeaderAndOneRowPerDesign()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.csv"));
    const auto space = model_.space();
    const auto r = exportDesignsCsv(path, model_.archive(), space, DesignSelection::All);
    QVERIFY2(r.ok, qPrintable(r.error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 65);
    const QStringList header = lines.first().split(QLatin1Char(','));
    QCOMPARE(header.first(), QStringLiteral("id"));
    for (const char* column : {"accuracy", "accuracy_source", "latency_s", "energy_per_inference_j", "area_mm2",
                               "embodied_kg", "operational_kg", "total_kg", "feasible", "on_front"})
      QVERIFY2(header.contains(QLatin1String(column)), column);
    QCOMPARE(header.size(), static_cast<int>(space.knob_count()) + 12);
    for (const auto& line : lines)
      QCOMPARE(line.split(QLatin1Char(',')).size(), header.size());
  }

  // Numbers are written shortest-round-trip: each cell reads back to the exact double, and no
  // shorter text would (0.488, not 0.48799999999999999).
  void csvNumbersAreShortestRoundTrip()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("numbers.csv"));
    const auto space = model_.space();
    QVERIFY(exportDesignsCsv(path, model_.archive(), space, DesignSelection::All).ok);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.first().split(QLatin1Char(','));
    const int accuracy = header.indexOf(QStringLiteral("accuracy"));
    const int latency = header.indexOf(QStringLiteral("latency_s"));
    const int source = header.indexOf(QStringLiteral("accuracy_source"));
    QVERIFY(accuracy >= 0 && latency >= 0 && source >= 0);
    int checked = 0;
    for (int row = 1; row < lines.size(); ++row) {
      const QStringList cells = lines[row].split(QLatin1Char(','));
      const std::size_t i = static_cast<std::size_t>(row - 1);
      const auto& v = model_.archive().record(i).invariants;
      QCOMPARE(cells[latency], QString::fromStdString(cdse::shortest_number(v.latency_s)));
      QCOMPARE(cells[latency].toDouble(), v.latency_s);
      QVERIFY2(cells[latency].size() <= 24, qPrintable(cells[latency]));
      QCOMPARE(cells[source], QString::fromStdString(std::string(cdse::to_string(v.accuracy_source))));
      if (v.accuracy_available) {
        QCOMPARE(cells[source], QStringLiteral("estimate"));   // a built-in scenario
        QCOMPARE(cells[accuracy], QString::fromStdString(cdse::shortest_number(v.accuracy)));
        QCOMPARE(cells[accuracy].toDouble(), v.accuracy);
        ++checked;
      }
    }
    QVERIFY(checked > 0);
  }

  void jsonParsesAndFrontMatches()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("front.json"));
    const auto space = model_.space();
    const auto r = exportDesignsJson(path, model_.archive(), space, DesignSelection::Front);
    QVERIFY2(r.ok, qPrintable(r.error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(f.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto designs = doc.object().value(QStringLiteral("designs")).toArray();
    QCOMPARE(static_cast<std::size_t>(designs.size()), model_.archive().front().size());
    for (const auto& d : designs) {
      QVERIFY(d.toObject().value(QStringLiteral("on_front")).toBool());
      QVERIFY(d.toObject().value(QStringLiteral("total_kg")).toDouble() > 0);
    }
  }

  void unwritablePathIsReported()
  {
    const auto r = exportDesignsCsv(QStringLiteral("/nonexistent-dir/x.csv"), model_.archive(), model_.space(),
                                    DesignSelection::All);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("/nonexistent-dir/x.csv")));
  }

  void sessionOfALiveRunRoundTrips()
  {
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("run.json")).toStdString();
    const auto session = cdse::make_single_run_session(cdse::make_session_run(model_.scenario(), model_.archive(),
                                                                              model_.baselines(), {"random", 64, 2, 1}),
                                                       model_.archive().carbon_settings());
    cdse::save_session(path, session);
    const auto loaded = cdse::load_session(path);
    const auto archive = cdse::make_session_archive(loaded, 0);
    QCOMPARE(archive->size(), model_.archive().size());
    QVERIFY(archive->front() == model_.archive().front());
    QCOMPARE(archive->hypervolume(), model_.archive().hypervolume());
  }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"

#pragma once
// `carbondse --screenshot out.png`: runs a short real search on the window's scenario, selects a
// design, pins the lowest-carbon and the fastest designs for the compare panel, renders the whole
// window into a PNG and reports the exit code. Works under QT_QPA_PLATFORM=offscreen and Xvfb.
#include <QObject>
#include <QString>

#include "core/search/archive/objective.h"

#include <optional>

class MainWindow;
struct SearchRunOutcome;

struct ScreenshotOptions {
  QString path;
  double searchSeconds = 3.0;   // the search stops after this (or at its budget)
  std::optional<cdse::Objective> select = cdse::Objective::TotalCarbon;   // nullopt: no selection
  // "sweep": the Sweep panel in front, its sweep drawn; "regime": the Regime Map in front, its map
  // drawn; "ab": the A/B panel, Quebec for 3 years against Poland for twice as long (the question
  // issue 16 starts from); "jobs": the Evaluator Jobs panel as the search left its jobs.
  QString view = QStringLiteral("fronts");
};

class ScreenshotRunner : public QObject {
  Q_OBJECT
public:
  ScreenshotRunner(MainWindow* window, ScreenshotOptions options, QObject* parent = nullptr);
  void start();

  // "best-carbon" | "best-latency" | "best-accuracy" | "none"; false for anything else.
  static bool parseSelection(const QString& text, std::optional<cdse::Objective>& out);

signals:
  void finished(int exitCode);

private:
  void searchFinished(const SearchRunOutcome& outcome);
  void capture();

  MainWindow* window_;
  ScreenshotOptions options_;
  bool capturing_ = false;
  bool viewPrepared_ = false;   // the sweep, regime or A/B view was brought to the front
};

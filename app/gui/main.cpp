// The desktop explorer. With no arguments it opens the built-in reference scenario (CLIP ViT-B/16
// on the edge accelerator space) with its baseline designs plotted; a session or scenario file may
// be given instead. `--screenshot out.png` renders the window after a short search and exits.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

#include "ui/window/heap_tuning.h"
#include "ui/window/language_manager.h"
#include "ui/window/main_window.h"
#include "ui/window/screenshot_runner.h"
#include "ui/runs/session_io.h"

int main(int argc, char* argv[])
{
  keepLargeBuffersInHeap();
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("CarbonDSE"));
  QApplication::setApplicationName(QStringLiteral("CarbonDSE"));
  QApplication::setApplicationVersion(QStringLiteral(CARBONDSE_VERSION));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/carbondse.svg")));

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QStringLiteral("Carbon-aware co-design explorer for Transformers and edge accelerators"));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("file"),
                               QStringLiteral(
                                   "A session (.cdse, or .cdse.json from earlier versions) or scenario file to open."),
                               QStringLiteral("[file]"));
  const QCommandLineOption scenarioOption(
      QStringLiteral("scenario"),
      QStringLiteral("Built-in scenario name or scenario file (default: reference-clip-b16)."), QStringLiteral("name"));
  const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                            QStringLiteral("Render the window after a short search into a PNG and exit."),
                                            QStringLiteral("out.png"));
  const QCommandLineOption secondsOption(QStringLiteral("search-seconds"),
                                         QStringLiteral(
                                             "Screenshot mode: seconds of search before the capture (default 3)."),
                                         QStringLiteral("s"), QStringLiteral("3"));
  const QCommandLineOption selectOption(
      QStringLiteral("select"),
      QStringLiteral("Screenshot mode: best-carbon (default), best-latency, best-accuracy or none."),
      QStringLiteral("which"), QStringLiteral("best-carbon"));
  const QCommandLineOption viewOption(
      QStringLiteral("view"),
      QStringLiteral("Screenshot mode: the view in front, fronts (default), sweep, regime, ab or jobs."),
      QStringLiteral("view"), QStringLiteral("fronts"));
  const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("Interface language: en or ja."),
                                          QStringLiteral("code"));
  parser.addOptions({scenarioOption, screenshotOption, secondsOption, selectOption, viewOption, languageOption});
  parser.process(app);

  LanguageManager languages;
  const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                        : LanguageManager::preferredLanguage();
  if (!languages.setLanguage(language)) {
    std::fprintf(stderr, "carbondse: unknown language \"%s\" (use en or ja)\n", qPrintable(language));
    return 2;
  }

  const bool screenshot = parser.isSet(screenshotOption);
  ScreenshotOptions shot;
  if (screenshot) {
    shot.path = parser.value(screenshotOption);
    bool ok = false;
    shot.searchSeconds = parser.value(secondsOption).toDouble(&ok);
    if (!ok || shot.searchSeconds < 0 || shot.searchSeconds > 3600) {
      std::fprintf(stderr, "carbondse: --search-seconds: expected a number of seconds in [0, 3600], got \"%s\"\n",
                   qPrintable(parser.value(secondsOption)));
      return 2;
    }
    if (!ScreenshotRunner::parseSelection(parser.value(selectOption), shot.select)) {
      std::fprintf(stderr, "carbondse: --select: expected best-carbon, best-latency, best-accuracy or none, got \"%s\"\n",
                   qPrintable(parser.value(selectOption)));
      return 2;
    }
    shot.view = parser.value(viewOption);
    if (shot.view != QLatin1String("fronts") && shot.view != QLatin1String("sweep") &&
        shot.view != QLatin1String("regime") && shot.view != QLatin1String("ab") && shot.view != QLatin1String("jobs")) {
      std::fprintf(stderr, "carbondse: --view: expected fronts, sweep, regime, ab or jobs, got \"%s\"\n",
                   qPrintable(shot.view));
      return 2;
    }
  }

  MainWindow window(&languages, !screenshot);
  const QStringList files = parser.positionalArguments();
  if (files.size() > 1) {
    std::fprintf(stderr, "carbondse: one file at a time (got %lld)\n", static_cast<long long>(files.size()));
    return 2;
  }
  const QString defaultScenario = parser.isSet(scenarioOption) ? parser.value(scenarioOption)
                                                               : QStringLiteral("reference-clip-b16");
  QString error;
  if (files.isEmpty()) {
    error = window.openScenario(defaultScenario);
  } else if (!SessionIo::looksLikeSession(files.first())) {
    error = window.openScenario(files.first());
  } else if (screenshot) {
    // Read here, so the capture shows the session as saved; no new search unless asked for.
    error = window.openSession(files.first());
    if (!parser.isSet(secondsOption))
      shot.searchSeconds = 0;
  } else {
    // The window comes up on the reference scenario while the session loads in the background
    // (progress and Cancel in the status bar); a bad file leaves it there with the error shown.
    error = window.openScenario(defaultScenario);
    if (error.isEmpty())
      error = window.openSessionInBackground(files.first());
  }
  if (!error.isEmpty()) {
    std::fprintf(stderr, "carbondse: %s\n", qPrintable(error));
    if (screenshot)
      return 2;
    // Interactive: say what was wrong, and start on the reference scenario rather than nothing.
    (void)window.openScenario(QStringLiteral("reference-clip-b16"));
    QTimer::singleShot(0, &window, [&window, error] {
      QMessageBox::warning(&window, QCoreApplication::translate("main", "Cannot open the file"), error);
    });
  }

  if (screenshot) {
    window.show();
    ScreenshotRunner runner(&window, shot);
    QObject::connect(&runner, &ScreenshotRunner::finished, &app, [&](int code) { QApplication::exit(code); });
    QTimer::singleShot(0, &runner, &ScreenshotRunner::start);
    return QApplication::exec();
  }
  window.show();
  return QApplication::exec();
}

#include "ui/search/search_panel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/search/algorithms/algorithm_registry.h"
#include "core/search/archive/search_mode.h"
#include "core/search/exact/exact_refusal.h"

namespace {

QString modeText(cdse::SearchMode mode)
{
  switch (mode) {
    case cdse::SearchMode::Carbon: return SearchPanel::tr("Carbon: accuracy vs total carbon");
    case cdse::SearchMode::Latency: return SearchPanel::tr("Latency: accuracy vs latency");
    case cdse::SearchMode::Energy: return SearchPanel::tr("Energy: accuracy vs lifetime energy");
    case cdse::SearchMode::All: return SearchPanel::tr("All: accuracy, latency and total carbon");
    case cdse::SearchMode::AllHw: return SearchPanel::tr("Hardware only: latency and total carbon, model fixed");
    case cdse::SearchMode::ModelOnly: return SearchPanel::tr("Model only: accuracy vs energy, hardware fixed");
    case cdse::SearchMode::Custom: return SearchPanel::tr("Custom objectives (from the scenario file)");
  }
  return {};
}

// An algorithm's title and description come from the registry, translated here (CDSE_TR_NOOP in
// core marks them for lupdate).
QString algorithmText(const QString& id)
{
  if (const auto* entry = cdse::find_algorithm(id.toStdString()))
    return QCoreApplication::translate("SearchAlgorithm", entry->title.c_str());
  return id;
}

QString algorithmDescription(const QString& id)
{
  if (const auto* entry = cdse::find_algorithm(id.toStdString()))
    return QCoreApplication::translate("SearchAlgorithm", entry->description.c_str());
  return {};
}

constexpr const char* k_exact = "exact";

QString stateText(cdse::SearchState state)
{
  switch (state) {
    case cdse::SearchState::Starting: return SearchPanel::tr("Idle");
    case cdse::SearchState::Running: return SearchPanel::tr("Running");
    case cdse::SearchState::Paused: return SearchPanel::tr("Paused");
    case cdse::SearchState::Finished: return SearchPanel::tr("Finished");
    case cdse::SearchState::Cancelled: return SearchPanel::tr("Stopped");
    case cdse::SearchState::Failed: return SearchPanel::tr("Failed");
  }
  return {};
}

}   // namespace

SearchPanel::SearchPanel(SearchController* controller, QWidget* parent) : QWidget(parent), controller_(controller)
{
  setObjectName(QStringLiteral("searchPanel"));
  mode_ = new QComboBox(this);
  mode_->setObjectName(QStringLiteral("searchMode"));
  for (auto m : cdse::all_modes())
    if (m != cdse::SearchMode::Custom)   // custom objectives come from the scenario file
      mode_->addItem(QString(), static_cast<int>(m));
  algorithm_ = new QComboBox(this);
  algorithm_->setObjectName(QStringLiteral("searchAlgorithm"));
  for (const auto& entry : cdse::algorithm_registry())
    algorithm_->addItem(QString(), QString::fromStdString(entry.name));
  budget_ = new QSpinBox(this);
  budget_->setObjectName(QStringLiteral("searchBudget"));
  budget_->setRange(1, 100000000);
  budget_->setGroupSeparatorShown(true);
  budget_->setValue(300);
  threads_ = new QSpinBox(this);
  threads_->setObjectName(QStringLiteral("searchThreads"));
  threads_->setRange(1, std::max(1, QThread::idealThreadCount()));
  threads_->setValue(threads_->maximum());
  seed_ = new QSpinBox(this);
  seed_->setObjectName(QStringLiteral("searchSeed"));
  seed_->setRange(0, 2147483647);
  seed_->setValue(1);

  start_ = new QPushButton(this);
  start_->setObjectName(QStringLiteral("searchStart"));
  pause_ = new QPushButton(this);
  pause_->setObjectName(QStringLiteral("searchPause"));
  stop_ = new QPushButton(this);
  stop_->setObjectName(QStringLiteral("searchStop"));
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  state_ = new QLabel(this);
  state_->setObjectName(QStringLiteral("searchState"));
  evaluations_ = new QLabel(this);
  feasible_ = new QLabel(this);
  rate_ = new QLabel(this);
  modeLabel_ = new QLabel(this);
  algorithmLabel_ = new QLabel(this);
  budgetLabel_ = new QLabel(this);
  threadsLabel_ = new QLabel(this);
  seedLabel_ = new QLabel(this);

  auto* form = new QFormLayout;
  form->addRow(modeLabel_, mode_);
  form->addRow(algorithmLabel_, algorithm_);
  form->addRow(budgetLabel_, budget_);
  form->addRow(threadsLabel_, threads_);
  form->addRow(seedLabel_, seed_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(start_);
  buttons->addWidget(pause_);
  buttons->addWidget(stop_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addWidget(progress_);
  layout->addWidget(state_);
  layout->addWidget(evaluations_);
  layout->addWidget(feasible_);
  layout->addWidget(rate_);
  layout->addStretch();

  connect(start_, &QPushButton::clicked, this, [this] {
    if (!controller_->isRunning())
      emit startRequested();
  });
  connect(pause_, &QPushButton::clicked, this, &SearchPanel::togglePause);
  connect(stop_, &QPushButton::clicked, controller_, &SearchController::stop);
  connect(mode_, &QComboBox::currentIndexChanged, this, &SearchPanel::updateExactItem);
  connect(controller_, &SearchController::textProgress, this, &SearchPanel::showText);
  connect(controller_, &SearchController::runStarted, this, [this] { setRunning(true); });
  connect(controller_, &SearchController::runFinished, this, [this] { setRunning(false); });
  retranslateUi();
  showText({});
  setRunning(false);
}

void SearchPanel::retranslateUi()
{
  for (int i = 0; i < mode_->count(); ++i)
    mode_->setItemText(i, modeText(static_cast<cdse::SearchMode>(mode_->itemData(i).toInt())));
  for (int i = 0; i < algorithm_->count(); ++i) {
    algorithm_->setItemText(i, algorithmText(algorithm_->itemData(i).toString()));
    algorithm_->setItemData(i, algorithmDescription(algorithm_->itemData(i).toString()), Qt::ToolTipRole);
  }
  modeLabel_->setText(tr("Mode"));
  algorithmLabel_->setText(tr("Algorithm"));
  budgetLabel_->setText(tr("Budget (designs)"));
  threadsLabel_->setText(tr("Threads"));
  seedLabel_->setText(tr("Seed"));
  mode_->setToolTip(
      tr("Which objectives the search optimises; the plots always show accuracy, latency and total carbon."));
  budget_->setToolTip(tr("How many distinct designs the search evaluates."));
  threads_->setToolTip(tr("Worker threads; the same seed gives the same designs whatever the thread count."));
  start_->setText(tr("Start"));
  start_->setToolTip(tr("Start a search in the background (F5)"));
  pause_->setText(controller_->isPaused() ? tr("Resume") : tr("Pause"));
  pause_->setToolTip(tr("Pause or resume the running search (F6)"));
  stop_->setText(tr("Stop"));
  stop_->setToolTip(tr("Stop the search; every design evaluated so far is kept (Shift+F5)"));
  updateExactItem();
  showText(last_);
}

void SearchPanel::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void SearchPanel::setScenario(const cdse::Scenario& scenario)
{
  const int mode = mode_->findData(static_cast<int>(scenario.mode));
  if (mode >= 0)
    mode_->setCurrentIndex(mode);
  const int algorithm = algorithm_->findData(QString::fromStdString(scenario.algorithm.name));
  if (algorithm >= 0)
    algorithm_->setCurrentIndex(algorithm);
  budget_->setValue(static_cast<int>(std::min<std::int64_t>(scenario.effective_budget(), budget_->maximum())));
  seed_->setValue(static_cast<int>(scenario.seed % 2147483648u));
  scenario_ = scenario;
  hasScenario_ = true;
  updateExactItem();
}

void SearchPanel::setCarbonSettings(const cdse::CarbonSettings& carbon)
{
  if (!hasScenario_ || carbon == scenario_.carbon)
    return;
  scenario_.carbon = carbon;
  updateExactItem();
}

QString SearchPanel::exactRefusalText(const cdse::ExactRefusal& refusal) const
{
  using R = cdse::ExactRefusalReason;
  switch (refusal.reason) {
    case R::TooManyStacks: return tr("it pairs at most two stacks (a text and a vision encoder).");
    case R::NodeOverride:
      return tr("a node override on a searched accelerator is not supported yet (it rescales on-chip and DRAM "
                "energy differently).");
    case R::AccuracyNotSeparable:
      return tr("it needs the built-in accuracy estimate, whose error is one factor per encoder; a measured table or "
                "an external evaluator is not separable.");
    case R::NoScalingLaw:
      return tr("the built-in estimate has no accuracy for pruned models of this preset, only for its published "
                "shape.");
    case R::InvalidSpace: break;
  }
  return QString::fromStdString(refusal.message);
}

void SearchPanel::updateExactItem()
{
  const int index = algorithm_->findData(QString::fromLatin1(k_exact));
  auto* items = qobject_cast<QStandardItemModel*>(algorithm_->model());
  if (index < 0 || !items)
    return;
  std::optional<cdse::ExactRefusal> refusal;
  if (hasScenario_) {
    cdse::Scenario scenario = scenario_;
    scenario.mode = mode();
    refusal = cdse::exact_refusal_of(scenario);
  }
  items->item(index)->setEnabled(!refusal);
  algorithm_->setItemData(index,
                          refusal ? tr("Not available for this scenario: %1").arg(exactRefusalText(*refusal))
                                  : algorithmDescription(QString::fromLatin1(k_exact)),
                          Qt::ToolTipRole);
  if (refusal && algorithm_->currentIndex() == index) {
    // The scenario's own algorithm when it can run, else NSGA-II (the general-purpose default).
    int fallback = algorithm_->findData(QString::fromStdString(scenario_.algorithm.name));
    if (fallback < 0 || fallback == index)
      fallback = algorithm_->findData(QStringLiteral("nsga2"));
    algorithm_->setCurrentIndex(std::max(0, fallback));
  }
}

void SearchPanel::setRunSettings(const cdse::SessionRunSettings& run)
{
  const int algorithm = algorithm_->findData(QString::fromStdString(run.algorithm));
  if (algorithm >= 0)
    algorithm_->setCurrentIndex(algorithm);
  updateExactItem();   // a saved exact run on a scenario exact cannot solve now
  budget_->setValue(static_cast<int>(std::clamp<std::int64_t>(run.budget, 1, budget_->maximum())));
  threads_->setValue(std::clamp(run.threads, 1, threads_->maximum()));
  seed_->setValue(static_cast<int>(run.seed % 2147483648u));
}

cdse::SessionRunSettings SearchPanel::runSettings() const
{
  const SearchRunRequest r = request();
  return {r.algorithm.toStdString(), r.budget, r.threads, r.seed};
}

SearchRunRequest SearchPanel::request() const
{
  SearchRunRequest r;
  r.algorithm = algorithm_->currentData().toString();
  r.budget = budget_->value();
  r.threads = threads_->value();
  r.seed = static_cast<std::uint64_t>(seed_->value());
  return r;
}

cdse::SearchMode SearchPanel::mode() const { return static_cast<cdse::SearchMode>(mode_->currentData().toInt()); }

void SearchPanel::togglePause()
{
  if (!controller_->isRunning())
    return;
  if (controller_->isPaused())
    controller_->resume();
  else
    controller_->pause();
  pause_->setText(controller_->isPaused() ? tr("Resume") : tr("Pause"));
  state_->setText(controller_->isPaused() ? stateText(cdse::SearchState::Paused) : stateText(cdse::SearchState::Running));
}

QString SearchPanel::countersText() const
{
  return evaluations_->text() + QLatin1Char('\n') + feasible_->text() + QLatin1Char('\n') + rate_->text();
}

void SearchPanel::showText(const cdse::SearchProgress& p)
{
  last_ = p;
  if (p.phase == "solving") {
    // The exact algorithm accounts for the whole space before it evaluates a single design.
    progress_->setValue(static_cast<int>(std::clamp(p.solve_fraction, 0.0, 1.0) * 1000));
    state_->setText(tr("State: %1").arg(stateText(p.state)));
    evaluations_->setText(tr("Solving the whole space exactly: %1 % of accelerators")
                              .arg(static_cast<int>(std::floor(p.solve_fraction * 100))));
    feasible_->clear();
    rate_->setText(tr("%1 s elapsed").arg(p.elapsed_s, 0, 'f', 1));
    return;
  }
  const double fraction = p.budget > 0 ? static_cast<double>(p.evaluations) / static_cast<double>(p.budget) : 0.0;
  progress_->setValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 1000));
  state_->setText(tr("State: %1").arg(stateText(p.state)));
  evaluations_->setText(tr("Evaluations: %L1 of %L2").arg(p.evaluations).arg(p.budget));
  feasible_->setText(tr("Feasible: %L1 (failed: %L2)").arg(p.feasible).arg(p.failed));
  rate_->setText(tr("%L1 evaluations/s, %2 s elapsed").arg(p.evals_per_s, 0, 'f', 0).arg(p.elapsed_s, 0, 'f', 1));
}

void SearchPanel::setRunning(bool running)
{
  for (QWidget* w : {static_cast<QWidget*>(mode_), static_cast<QWidget*>(algorithm_), static_cast<QWidget*>(budget_),
                     static_cast<QWidget*>(threads_), static_cast<QWidget*>(seed_), static_cast<QWidget*>(start_)})
    w->setEnabled(!running);
  pause_->setEnabled(running);
  stop_->setEnabled(running);
  pause_->setText(tr("Pause"));
}

#include "search_panel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

#include "search/algorithm_factory.h"
#include "search/search_mode.h"

SearchPanel::SearchPanel(SearchController* controller, QWidget* parent) : QWidget(parent), controller_(controller)
{
  mode_ = new QComboBox(this);
  for (auto m : cdse::all_modes())
    if (m != cdse::SearchMode::Custom)   // custom objectives come from the scenario file
      mode_->addItem(QString::fromUtf8(cdse::mode_id(m).data(), static_cast<int>(cdse::mode_id(m).size())));
  algorithm_ = new QComboBox(this);
  for (const auto& name : cdse::search_algorithm_names())
    algorithm_->addItem(QString::fromStdString(name));
  budget_ = new QSpinBox(this);
  budget_->setRange(1, 100000000);
  budget_->setValue(300);
  threads_ = new QSpinBox(this);
  threads_->setRange(1, std::max(1, QThread::idealThreadCount()));
  threads_->setValue(threads_->maximum());
  seed_ = new QSpinBox(this);
  seed_->setRange(0, 2147483647);
  seed_->setValue(1);

  start_ = new QPushButton(tr("&Start"), this);
  start_->setShortcut(QKeySequence(tr("Ctrl+R")));
  pause_ = new QPushButton(tr("&Pause"), this);
  pause_->setShortcut(QKeySequence(tr("Ctrl+P")));
  stop_ = new QPushButton(tr("S&top"), this);
  stop_->setShortcut(QKeySequence(tr("Ctrl+.")));
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  evaluations_ = new QLabel(this);
  feasible_ = new QLabel(this);
  rate_ = new QLabel(this);

  auto* form = new QFormLayout;
  form->addRow(tr("Mode"), mode_);
  form->addRow(tr("Algorithm"), algorithm_);
  form->addRow(tr("Budget (designs)"), budget_);
  form->addRow(tr("Threads"), threads_);
  form->addRow(tr("Seed"), seed_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(start_);
  buttons->addWidget(pause_);
  buttons->addWidget(stop_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addWidget(progress_);
  layout->addWidget(evaluations_);
  layout->addWidget(feasible_);
  layout->addWidget(rate_);
  layout->addStretch();

  connect(start_, &QPushButton::clicked, this, &SearchPanel::startClicked);
  connect(pause_, &QPushButton::clicked, this, &SearchPanel::pauseClicked);
  connect(stop_, &QPushButton::clicked, controller_, &SearchController::stop);
  connect(controller_, &SearchController::textProgress, this, &SearchPanel::showText);
  connect(controller_, &SearchController::plotProgress, this, &SearchPanel::plotProgress);
  connect(controller_, &SearchController::runFinished, this, [this](const SearchRunOutcome& outcome) {
    setRunning(false);
    emit runFinished(outcome);
  });
  connect(controller_, &SearchController::runFailed, this, &SearchPanel::runFailed);
  showText({});
  setRunning(false);
}

void SearchPanel::setScenario(const cdse::Scenario& scenario)
{
  scenario_ = scenario;
  const int mode = mode_->findText(QString::fromUtf8(cdse::mode_id(scenario.mode).data(),
                                                     static_cast<int>(cdse::mode_id(scenario.mode).size())));
  if (mode >= 0)
    mode_->setCurrentIndex(mode);
  const int algorithm = algorithm_->findText(QString::fromStdString(scenario.algorithm.name));
  if (algorithm >= 0)
    algorithm_->setCurrentIndex(algorithm);
  budget_->setValue(static_cast<int>(std::min<std::int64_t>(scenario.effective_budget(), budget_->maximum())));
  seed_->setValue(static_cast<int>(scenario.seed % 2147483648u));
}

SearchRunRequest SearchPanel::request() const
{
  SearchRunRequest r;
  r.algorithm = algorithm_->currentText();
  r.budget = budget_->value();
  r.threads = threads_->value();
  r.seed = static_cast<std::uint64_t>(seed_->value());
  return r;
}

void SearchPanel::startClicked()
{
  cdse::Scenario scenario = scenario_;
  if (auto mode = cdse::parse_mode(mode_->currentText().toStdString()))
    scenario.mode = *mode;
  if (controller_->start(std::move(scenario), request()))
    setRunning(true);
}

void SearchPanel::pauseClicked()
{
  if (controller_->isPaused()) {
    controller_->resume();
    pause_->setText(tr("&Pause"));
  } else {
    controller_->pause();
    pause_->setText(tr("&Resume"));
  }
}

QString SearchPanel::countersText() const
{
  return evaluations_->text() + QLatin1Char('\n') + feasible_->text() + QLatin1Char('\n') + rate_->text();
}

void SearchPanel::showText(const cdse::SearchProgress& p)
{
  const double fraction = p.budget > 0 ? static_cast<double>(p.evaluations) / static_cast<double>(p.budget) : 0.0;
  progress_->setValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 1000));
  evaluations_->setText(tr("Evaluations: %1 of %2").arg(p.evaluations).arg(p.budget));
  feasible_->setText(tr("Feasible: %1 (failed: %2)").arg(p.feasible).arg(p.failed));
  rate_->setText(tr("%1 evaluations/s").arg(p.evals_per_s, 0, 'f', 0));
}

void SearchPanel::setRunning(bool running)
{
  for (QWidget* w : {static_cast<QWidget*>(mode_), static_cast<QWidget*>(algorithm_),
                     static_cast<QWidget*>(budget_), static_cast<QWidget*>(threads_), static_cast<QWidget*>(seed_),
                     static_cast<QWidget*>(start_)})
    w->setEnabled(!running);
  pause_->setEnabled(running);
  stop_->setEnabled(running);
  pause_->setText(tr("&Pause"));
}

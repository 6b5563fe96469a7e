#include "ui/runs/run_list_panel.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/explorer/explorer_model.h"

namespace {

constexpr int k_counts_interval_ms = 500;
constexpr int k_id_role = Qt::UserRole;

// The assumptions a run started with, short enough for a column.
QString assumptionsText(const RunSummary& run)
{
  const QLocale locale;
  QString text = RunListPanel::tr("%1 g/kWh, %2 y, %3/s")
                     .arg(locale.toString(run.carbon.grid_intensity_g_per_kwh, 'g', 3))
                     .arg(locale.toString(run.carbon.lifetime_years, 'g', 3))
                     .arg(locale.toString(run.carbon.inferences_per_second, 'g', 3));
  if (run.constraints.max_latency_s)
    text += RunListPanel::tr(", latency ≤ %1 ms").arg(locale.toString(*run.constraints.max_latency_s * 1e3, 'g', 3));
  if (run.constraints.min_accuracy)
    text += RunListPanel::tr(", accuracy ≥ %1 %").arg(locale.toString(*run.constraints.min_accuracy * 100, 'g', 3));
  return text;
}

}   // namespace

RunListPanel::RunListPanel(ExplorerModel* model, QWidget* parent)
    : QWidget(parent), model_(model), list_(new QTreeWidget), rename_(new QPushButton), delete_(new QPushButton)
{
  list_->setObjectName(QStringLiteral("runList"));
  list_->setColumnCount(ColumnCount);
  list_->setRootIsDecorated(false);
  list_->setUniformRowHeights(true);
  list_->setSelectionMode(QAbstractItemView::SingleSelection);
  list_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
  list_->header()->setStretchLastSection(false);
  list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  rename_->setObjectName(QStringLiteral("renameRun"));
  delete_->setObjectName(QStringLiteral("deleteRun"));

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(rename_);
  buttons->addWidget(delete_);
  buttons->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(list_, 1);
  layout->addLayout(buttons);

  confirm_ = [this](const QString& question) {
    return QMessageBox::question(this, tr("Delete Run"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
  };

  connect(model_, &ExplorerModel::runsChanged, this, &RunListPanel::rebuild);
  countsTimer_.setSingleShot(true);
  countsTimer_.setInterval(k_counts_interval_ms);
  connect(&countsTimer_, &QTimer::timeout, this, &RunListPanel::rebuild);
  connect(model_, &ExplorerModel::designsChanged, this, [this] {
    if (!countsTimer_.isActive())
      countsTimer_.start();
  });
  connect(list_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (rebuilding_ || !item)
      return;
    model_->showRun(item->data(NameColumn, k_id_role).toULongLong());
  });
  connect(list_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
    if (rebuilding_ || column != NameColumn)
      return;
    if (!model_->renameRun(item->data(NameColumn, k_id_role).toULongLong(), item->text(NameColumn)))
      rebuild();   // an empty name is refused: show the old one again
  });
  connect(rename_, &QPushButton::clicked, this, [this] {
    if (QTreeWidgetItem* item = list_->currentItem())
      list_->editItem(item, NameColumn);
  });
  connect(delete_, &QPushButton::clicked, this, &RunListPanel::deleteChosenRun);
  retranslateUi();
  rebuild();
}

void RunListPanel::setSearchRunning(bool running)
{
  searchRunning_ = running;
  list_->setEnabled(!running);
  updateButtons();
}

std::uint64_t RunListPanel::chosenRunId() const
{
  const QTreeWidgetItem* item = list_->currentItem();
  return item ? item->data(NameColumn, k_id_role).toULongLong() : 0;
}

bool RunListPanel::deleteChosenRun()
{
  const std::uint64_t id = chosenRunId();
  if (id == 0 || searchRunning_ || model_->runCount() < 2)
    return false;
  if (const std::size_t pins = model_->pinnedCount(id); pins > 0) {
    const QString name = list_->currentItem()->text(NameColumn);
    if (!confirm_(tr("“%1” holds %n pinned design(s). Delete the run and unpin them?", nullptr, static_cast<int>(pins))
                      .arg(name)))
      return false;
  }
  return model_->removeRun(id);
}

void RunListPanel::fillRow(QTreeWidgetItem* item, const RunSummary& run) const
{
  item->setData(NameColumn, k_id_role, QVariant::fromValue<qulonglong>(run.id));
  item->setText(NameColumn, run.name);
  item->setFlags(item->flags() | Qt::ItemIsEditable);
  item->setText(ScenarioColumn, run.scenarioTitle);
  item->setText(AlgorithmColumn, run.algorithm);
  item->setText(AssumptionsColumn, assumptionsText(run));
  const QDateTime started = QDateTime::fromString(run.startedUtc, Qt::ISODate);
  // ISO 8601 order (2026-12-04 17:01), unambiguous in every locale; the UTC stamp is the tooltip.
  item->setText(StartedColumn,
                started.isValid() ? started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString());
  item->setToolTip(StartedColumn, run.startedUtc);
  item->setText(DesignsColumn, run.pinned > 0 ? tr("%L1 (%2 pinned)").arg(run.designs).arg(run.pinned)
                                              : QStringLiteral("%L1").arg(run.designs));
  item->setTextAlignment(DesignsColumn, Qt::AlignRight | Qt::AlignVCenter);
  QFont font = item->font(NameColumn);
  font.setBold(run.shown);
  for (int c = 0; c < ColumnCount; ++c)
    item->setFont(c, font);
}

void RunListPanel::rebuild()
{
  countsTimer_.stop();
  rebuilding_ = true;
  const std::vector<RunSummary> runs = model_->runs();
  while (list_->topLevelItemCount() > static_cast<int>(runs.size()))
    delete list_->takeTopLevelItem(list_->topLevelItemCount() - 1);
  for (std::size_t i = 0; i < runs.size(); ++i) {
    QTreeWidgetItem* item = list_->topLevelItem(static_cast<int>(i));
    if (!item)
      item = new QTreeWidgetItem(list_);
    fillRow(item, runs[i]);
    if (runs[i].shown)
      list_->setCurrentItem(item);
  }
  rebuilding_ = false;
  updateButtons();
}

void RunListPanel::updateButtons()
{
  const bool chosen = list_->currentItem() != nullptr;
  rename_->setEnabled(chosen);
  delete_->setEnabled(chosen && !searchRunning_ && model_->runCount() > 1);
}

void RunListPanel::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    rebuild();
  }
  QWidget::changeEvent(event);
}

void RunListPanel::retranslateUi()
{
  QStringList labels(ColumnCount);
  labels[NameColumn] = tr("Run");
  labels[DesignsColumn] = tr("Designs");
  labels[AlgorithmColumn] = tr("Algorithm");
  labels[StartedColumn] = tr("Started");
  labels[ScenarioColumn] = tr("Scenario");
  labels[AssumptionsColumn] = tr("Assumptions at start");
  list_->setHeaderLabels(labels);
  rename_->setText(tr("Rename"));
  rename_->setToolTip(tr("Rename the chosen run (or double-click its name)"));
  delete_->setText(tr("Delete…"));
  delete_->setToolTip(tr("Delete the chosen run and its designs from this session"));
}

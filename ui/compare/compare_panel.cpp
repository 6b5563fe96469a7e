#include "ui/compare/compare_panel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/compare/compare_bars.h"
#include "ui/explorer/design_metrics.h"
#include "ui/plots/plot_palette.h"

namespace {

constexpr int k_button_label_px = 80;

// A small square of the row's colour, so the table's carbon rows read with the bars beside it.
QIcon swatch(const QColor& colour)
{
  QPixmap pixmap(10, 10);
  pixmap.fill(colour);
  return QIcon(pixmap);
}

const DesignMetric* metricNamed(const QVector<DesignMetric>& column, const QString& name)
{
  const auto it = std::find_if(column.begin(), column.end(), [&](const DesignMetric& m) { return m.name == name; });
  return it == column.end() ? nullptr : &*it;
}

}   // namespace

QStringList ComparePanel::keyRowNames()
{
  // The row names designMetrics() gives (its translation context), in the order a comparison reads.
  return {QCoreApplication::translate("DesignMetrics", "Total carbon (kg CO₂e)"),
          QCoreApplication::translate("DesignMetrics", "Embodied carbon (kg CO₂e)"),
          QCoreApplication::translate("DesignMetrics", "Operational carbon (kg CO₂e)"),
          QCoreApplication::translate("DesignMetrics", "Accuracy (%)"),
          QCoreApplication::translate("DesignMetrics", "Latency (ms)")};
}

ComparePanel::ComparePanel(QWidget* parent)
    : QWidget(parent), hint_(new QLabel), buttons_(new QHBoxLayout), table_(new QTableWidget), bars_(new CompareBars),
      splitter_(new QSplitter(Qt::Horizontal))
{
  setMinimumHeight(170);   // the header and the key rows stay readable in the bottom dock
  table_->setObjectName(QStringLiteral("compareTable"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setWordWrap(false);
  table_->setTextElideMode(Qt::ElideRight);
  // Columns share the width (fitColumns), but a narrow panel scrolls sideways rather than cutting
  // the numbers down to "0.…".
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  // (As wide as an archive design's name, which is wider than any number the rows show.)
  table_->horizontalHeader()->setMinimumSectionSize(
      table_->fontMetrics().horizontalAdvance(
          QCoreApplication::translate("ExplorerModel", "Design #%1").arg(QStringLiteral("00000"))) +
      16);
  table_->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
  table_->verticalHeader()->setTextElideMode(Qt::ElideRight);
  table_->installEventFilter(this);
  table_->viewport()->installEventFilter(this);
  table_->horizontalHeader()->setTextElideMode(Qt::ElideLeft);   // "…gn #527": the end tells pins apart
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);

  splitter_->addWidget(table_);
  splitter_->addWidget(bars_);
  splitter_->setChildrenCollapsible(false);
  connect(splitter_, &QSplitter::splitterMoved, this, [this] { userSplit_ = true; });
  hint_->setWordWrap(true);
  buttons_->addWidget(hint_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 2, 4, 2);
  layout->setSpacing(2);
  layout->addLayout(buttons_);
  layout->addWidget(splitter_, 1);
  retranslateUi();
  rebuild();
}

QCustomPlot* ComparePanel::bars() const { return bars_; }

void ComparePanel::setDesigns(const std::vector<SelectedDesign>& designs)
{
  designs_ = designs;
  rebuild();
}

void ComparePanel::resizeEvent(QResizeEvent* event)
{
  QWidget::resizeEvent(event);
  if (userSplit_)
    return;
  // The bars get about a third: enough for four bars with readable labels, the rest for the table.
  constexpr double k_bars_share = 0.35;
  constexpr int k_bars_max_px = 420;
  const int width = splitter_->width();
  const int bars = std::clamp(static_cast<int>(width * k_bars_share), bars_->minimumWidth(), k_bars_max_px);
  splitter_->setSizes({std::max(0, width - bars), bars});
}

bool ComparePanel::eventFilter(QObject* watched, QEvent* event)
{
  if (event->type() == QEvent::Resize && watched == table_)
    fitRowNames();
  else if (event->type() == QEvent::Resize && watched == table_->viewport())
    fitColumns();
  return QWidget::eventFilter(watched, event);
}

void ComparePanel::fitRowNames()
{
  // In a narrow table the row names give up width first (shortened, whole in their tooltip).
  constexpr double k_names_share = 0.45;
  constexpr int k_names_min_px = 120;
  table_->verticalHeader()->setMaximumWidth(std::max(k_names_min_px, static_cast<int>(table_->width() * k_names_share)));
}

void ComparePanel::fitColumns()
{
  const int count = table_->columnCount();
  if (count == 0)
    return;
  const QHeaderView* header = table_->horizontalHeader();
  const int width = std::max(header->minimumSectionSize(), table_->viewport()->width() / count);
  for (int c = 0; c < count; ++c)
    table_->setColumnWidth(c, width);
}

void ComparePanel::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    rebuild();
  }
  QWidget::changeEvent(event);
}

void ComparePanel::retranslateUi()
{
  hint_->setText(
      tr("Pin up to four designs (select one, then Designs ▸ Pin Selected Design, Ctrl+P) to compare them here."));
}

void ComparePanel::rebuild()
{
  hint_->setVisible(designs_.empty());
  fillUnpinButtons();
  fillTable();
  bars_->setDesigns(designs_);
}

void ComparePanel::fillUnpinButtons()
{
  // Everything after the hint label is a button of the previous design set.
  while (buttons_->count() > 1) {
    QLayoutItem* item = buttons_->takeAt(1);
    delete item->widget();
    delete item;
  }
  for (const auto& d : designs_) {
    auto* button = new QToolButton;
    // Short, so four of them fit a narrow panel; the whole name is in the tooltip.
    button->setText(tr("Unpin %1").arg(button->fontMetrics().elidedText(d.label, Qt::ElideMiddle, k_button_label_px)));
    button->setToolTip(tr("Unpin %1").arg(d.label));
    const DesignRef ref = d.ref;
    connect(button, &QToolButton::clicked, this, [this, ref] { emit unpinRequested(ref); });
    buttons_->addWidget(button);
  }
}

void ComparePanel::fillTable()
{
  table_->clear();
  QVector<QVector<DesignMetric>> columns;
  for (const auto& d : designs_)
    columns.push_back(designMetrics(d));
  // Rows by name, so a design that could not be evaluated (fewer rows) still lines up: the key
  // rows first, then every other row in the order the designs give them.
  QStringList rows;
  for (const QString& key : keyRowNames())
    if (std::any_of(columns.begin(), columns.end(), [&](const auto& c) { return metricNamed(c, key); }))
      rows << key;
  for (const auto& column : columns)
    for (const DesignMetric& m : column)
      if (!rows.contains(m.name))
        rows << m.name;
  table_->setColumnCount(static_cast<int>(columns.size()));
  table_->setRowCount(static_cast<int>(rows.size()));
  QStringList header;
  for (const auto& d : designs_)
    header << d.label;
  table_->setHorizontalHeaderLabels(header);
  for (int c = 0; c < header.size(); ++c)
    table_->horizontalHeaderItem(c)->setToolTip(header[c]);
  const QString embodiedRow = QCoreApplication::translate("DesignMetrics", "Embodied carbon (kg CO₂e)");
  const QString operationalRow = QCoreApplication::translate("DesignMetrics", "Operational carbon (kg CO₂e)");
  for (int row = 0; row < rows.size(); ++row) {
    auto* name = new QTableWidgetItem(rows[row]);
    name->setToolTip(rows[row]);
    if (rows[row] == embodiedRow)
      name->setIcon(swatch(plot_palette::embodiedCarbon()));
    else if (rows[row] == operationalRow)
      name->setIcon(swatch(plot_palette::operationalCarbon()));
    table_->setVerticalHeaderItem(row, name);
    // The best numeric value of the row is bold, when the row has a direction.
    int best = -1;
    const DesignMetric* bestMetric = nullptr;
    for (int col = 0; col < columns.size(); ++col) {
      const DesignMetric* m = metricNamed(columns[col], rows[row]);
      if (!m || !m->value || m->better == DesignMetric::Better::None)
        continue;
      if (!bestMetric ||
          (m->better == DesignMetric::Better::Lower ? *m->value < *bestMetric->value : *m->value > *bestMetric->value)) {
        best = col;
        bestMetric = m;
      }
    }
    for (int col = 0; col < columns.size(); ++col) {
      const DesignMetric* m = metricNamed(columns[col], rows[row]);
      if (!m)
        continue;
      auto* item = new QTableWidgetItem(m->text);
      // Text rows are shortened to one line: the whole text goes in the tooltip.
      item->setToolTip(m->value ? m->explanation
                                : (m->explanation.isEmpty() ? m->text : m->text + QStringLiteral("\n") + m->explanation));
      item->setTextAlignment(m->value ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
      if (col == best && columns.size() > 1) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
      }
      table_->setItem(row, col, item);
    }
  }
  fitColumns();
}

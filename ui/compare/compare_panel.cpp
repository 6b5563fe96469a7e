#include "compare/compare_panel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

#include "explorer/design_metrics.h"

ComparePanel::ComparePanel(QWidget* parent)
  : QWidget(parent), hint_(new QLabel), buttons_(new QHBoxLayout), table_(new QTableWidget), plot_(new QCustomPlot)
{
  setMinimumHeight(170);   // a table row per metric must stay readable in the bottom dock
  table_->setObjectName(QStringLiteral("compareTable"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setWordWrap(true);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  plot_->setObjectName(QStringLiteral("compareBars"));
  plot_->setMinimumWidth(220);
  embodied_ = new QCPBars(plot_->xAxis, plot_->yAxis);
  operational_ = new QCPBars(plot_->xAxis, plot_->yAxis);
  embodied_->setBrush(QColor(0x8c, 0x56, 0x4b));
  operational_->setBrush(QColor(0x2c, 0xa0, 0x2c));
  embodied_->setPen(Qt::NoPen);
  operational_->setPen(Qt::NoPen);
  operational_->moveAbove(embodied_);
  plot_->legend->setVisible(true);
  plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

  auto* splitter = new QSplitter(Qt::Horizontal);
  splitter->addWidget(table_);
  splitter->addWidget(plot_);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 1);
  hint_->setWordWrap(true);
  buttons_->addWidget(hint_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(buttons_);
  layout->addWidget(splitter, 1);
  retranslateUi();
  rebuild();
}

void ComparePanel::setDesigns(const std::vector<SelectedDesign>& designs)
{
  designs_ = designs;
  rebuild();
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
  hint_->setText(tr("Pin up to four designs (select one, then Design ▸ Pin, Ctrl+P) to compare them here."));
  embodied_->setName(tr("Embodied"));
  operational_->setName(tr("Operational"));
  plot_->yAxis->setLabel(tr("Total carbon (kg CO₂e)"));
}

void ComparePanel::rebuild()
{
  hint_->setVisible(designs_.empty());
  fillUnpinButtons();
  fillTable();
  fillBars();
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
    button->setText(tr("Unpin %1").arg(d.label));
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
  const int rowCount = columns.isEmpty() ? 0 : static_cast<int>(std::max_element(columns.begin(), columns.end(), [](const auto& a, const auto& b) {
    return a.size() < b.size();
  })->size());
  table_->setColumnCount(static_cast<int>(columns.size()));
  table_->setRowCount(rowCount);
  QStringList header;
  for (const auto& d : designs_)
    header << d.label;
  table_->setHorizontalHeaderLabels(header);
  for (int row = 0; row < rowCount; ++row) {
    // The best numeric value of the row is bold, when the row has a direction.
    int best = -1;
    for (int col = 0; col < columns.size(); ++col) {
      if (row >= columns[col].size() || !columns[col][row].value || columns[col][row].better == DesignMetric::Better::None)
        continue;
      const auto& m = columns[col][row];
      if (best < 0 || (m.better == DesignMetric::Better::Lower ? *m.value < *columns[best][row].value
                                                               : *m.value > *columns[best][row].value))
        best = col;
    }
    for (int col = 0; col < columns.size(); ++col) {
      if (row >= columns[col].size())
        continue;
      const auto& m = columns[col][row];
      if (col == 0)
        table_->setVerticalHeaderItem(row, new QTableWidgetItem(m.name));
      auto* item = new QTableWidgetItem(m.text);
      item->setToolTip(m.explanation);
      item->setTextAlignment(m.value ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
      if (col == best && columns.size() > 1) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
      }
      table_->setItem(row, col, item);
    }
  }
  table_->resizeRowsToContents();
}

void ComparePanel::fillBars()
{
  QVector<double> keys, embodied, operational;
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  double top = 0;
  for (std::size_t i = 0; i < designs_.size(); ++i) {
    const auto& d = designs_[i];
    const double key = static_cast<double>(i + 1);
    keys << key;
    embodied << (d.evaluated ? d.carbon.embodied_kg : 0.0);
    operational << (d.evaluated ? d.carbon.operational_kg : 0.0);
    top = std::max(top, embodied.back() + operational.back());
    ticker->addTick(key, d.label);
  }
  embodied_->setData(keys, embodied, true);
  operational_->setData(keys, operational, true);
  plot_->xAxis->setTicker(ticker);
  plot_->xAxis->setRange(0.4, std::max<double>(1.0, static_cast<double>(designs_.size())) + 0.6);
  plot_->yAxis->setRange(0, top > 0 ? top * 1.15 : 1.0);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

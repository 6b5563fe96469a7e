#pragma once
// The table behind the Jobs panel: one row per job of the search's external accuracy evaluator
// (a local command or a SLURM job), from an EvaluatorJobsSnapshot the SearchController hands over.
// Columns: configuration (shortened; the full key in the tooltip), job id, state (coloured, with the
// pending reason or the failure in the tooltip), elapsed (the submission time in the tooltip),
// accuracy. The model holds a copy
// of the snapshot and never touches the evaluator.
#include <QAbstractTableModel>
#include <QColor>
#include <QString>

#include "core/accuracy/evaluator_jobs_snapshot.h"

class EvaluatorJobsModel : public QAbstractTableModel {
  Q_OBJECT
public:
  enum Column { ConfigurationColumn, JobIdColumn, StateColumn, ElapsedColumn, AccuracyColumn, ColumnCount };

  explicit EvaluatorJobsModel(QObject* parent = nullptr);

  // Rows that stay (same configurations in the same order) are updated in place, so the view keeps
  // its selection and scroll position while a search runs; new jobs are appended.
  void setSnapshot(const cdse::EvaluatorJobsSnapshot& snapshot);
  const cdse::EvaluatorJobsSnapshot& snapshot() const { return snapshot_; }
  // After a language change: headers and every cell's text.
  void retranslate();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  static QString stateText(cdse::EvaluatorJobState state);
  static QColor stateColour(cdse::EvaluatorJobState state);
  // "text 8·6·1536·384 | vision 10·10·2304·576" (per encoder: layers, heads, FFN, embedding width)
  // for "clip-vit-b16|text:8,6,6,1536,384,77|vision:10,10,10,2304,576,197"; the whole key is in the
  // tooltip.
  static QString shortConfiguration(const std::string& key);
  static QString elapsedText(double seconds);   // "42 s", "3:05", "1:02:03"

private:
  QVariant displayText(const cdse::EvaluatorJob& job, int column) const;
  QVariant toolTip(const cdse::EvaluatorJob& job, int column) const;

  cdse::EvaluatorJobsSnapshot snapshot_;
};

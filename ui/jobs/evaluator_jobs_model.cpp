#include "ui/jobs/evaluator_jobs_model.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

EvaluatorJobsModel::EvaluatorJobsModel(QObject* parent) : QAbstractTableModel(parent) {}

void EvaluatorJobsModel::setSnapshot(const cdse::EvaluatorJobsSnapshot& snapshot)
{
  const auto& before = snapshot_.jobs;
  const auto& after = snapshot.jobs;
  bool rowsStay = after.size() >= before.size();
  for (std::size_t i = 0; rowsStay && i < before.size(); ++i)
    rowsStay = before[i].key == after[i].key;
  if (!rowsStay) {
    beginResetModel();
    snapshot_ = snapshot;
    endResetModel();
    return;
  }
  const int kept = static_cast<int>(before.size());
  const int added = static_cast<int>(after.size()) - kept;
  if (added > 0)
    beginInsertRows({}, kept, kept + added - 1);
  snapshot_ = snapshot;
  if (added > 0)
    endInsertRows();
  if (kept > 0)
    emit dataChanged(index(0, 0), index(kept - 1, ColumnCount - 1));
}

void EvaluatorJobsModel::retranslate()
{
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  if (rowCount() > 0)
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EvaluatorJobsModel::rowCount(const QModelIndex& parent) const
{
  return parent.isValid() ? 0 : static_cast<int>(snapshot_.jobs.size());
}

int EvaluatorJobsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString EvaluatorJobsModel::stateText(cdse::EvaluatorJobState state)
{
  switch (state) {
    case cdse::EvaluatorJobState::Submitted: return tr("submitted");
    case cdse::EvaluatorJobState::Pending: return tr("queued");
    case cdse::EvaluatorJobState::Running: return tr("running");
    case cdse::EvaluatorJobState::Done: return tr("done");
    case cdse::EvaluatorJobState::Failed: return tr("failed");
    case cdse::EvaluatorJobState::Cancelled: return tr("cancelled");
  }
  return {};
}

QColor EvaluatorJobsModel::stateColour(cdse::EvaluatorJobState state)
{
  switch (state) {
    case cdse::EvaluatorJobState::Submitted:
    case cdse::EvaluatorJobState::Pending: return QColor(0x8a, 0x6d, 0x00);     // amber: waiting
    case cdse::EvaluatorJobState::Running: return QColor(0x1f, 0x5f, 0xbf);     // blue: working
    case cdse::EvaluatorJobState::Done: return QColor(0x2e, 0x7d, 0x32);        // green
    case cdse::EvaluatorJobState::Failed: return QColor(0xc6, 0x28, 0x28);      // red
    case cdse::EvaluatorJobState::Cancelled: return QColor(0x75, 0x75, 0x75);   // grey
  }
  return {};
}

QString EvaluatorJobsModel::shortConfiguration(const std::string& key)
{
  // model_key: "<preset>|<encoder>:<layers>,<heads>,<kv heads>,<ffn>,<embed>,<tokens>|..."
  QStringList parts = QString::fromStdString(key).split(QLatin1Char('|'));
  if (parts.size() < 2)
    return QString::fromStdString(key);
  parts.removeFirst();   // the preset: the same for every job of a search
  QStringList shown;
  for (const QString& part : parts) {
    const qsizetype colon = part.indexOf(QLatin1Char(':'));
    const QStringList values = part.mid(colon + 1).split(QLatin1Char(','));
    if (colon < 0 || values.size() != 6)
      return parts.join(QStringLiteral(" | "));   // not a key this shortening knows: all of it
    const QString sizes = QStringList{values[0], values[1], values[3], values[4]}.join(QStringLiteral("·"));
    shown << part.left(colon) + QLatin1Char(' ') + sizes;
  }
  return shown.join(QStringLiteral(" | "));
}

QString EvaluatorJobsModel::elapsedText(double seconds)
{
  const long long s = std::llround(std::max(0.0, seconds));
  if (s < 60)
    return tr("%1 s").arg(s);
  const long long h = s / 3600, m = (s / 60) % 60, rest = s % 60;
  if (h == 0)
    return QStringLiteral("%1:%2").arg(m).arg(rest, 2, 10, QLatin1Char('0'));
  return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(rest, 2, 10, QLatin1Char('0'));
}

QVariant EvaluatorJobsModel::displayText(const cdse::EvaluatorJob& job, int column) const
{
  switch (column) {
    case ConfigurationColumn: return shortConfiguration(job.key);
    case JobIdColumn: return job.job_id.empty() ? tr("local") : QString::fromStdString(job.job_id);
    case StateColumn: return stateText(job.state);
    case ElapsedColumn: return elapsedText(job.elapsed_s);
    case AccuracyColumn:
      return job.accuracy ? QStringLiteral("%1 %").arg(QLocale().toString(*job.accuracy * 100.0, 'f', 1)) : QString();
  }
  return {};
}

QVariant EvaluatorJobsModel::toolTip(const cdse::EvaluatorJob& job, int column) const
{
  switch (column) {
    case ConfigurationColumn: return QString::fromStdString(job.key);
    case JobIdColumn:
      return job.job_id.empty() ? tr("A command run on this computer")
                                : tr("SLURM job %1").arg(QString::fromStdString(job.job_id));
    case StateColumn:
      if (job.detail.empty())
        return stateText(job.state);
      return tr("%1: %2").arg(stateText(job.state), QString::fromStdString(job.detail));
    case ElapsedColumn: {
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(job.submitted_at.time_since_epoch()).count();
      const QString submitted = QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
      return cdse::evaluator_job_state_is_final(job.state)
                 ? tr("Submitted %1; the time until the job ended").arg(submitted)
                 : tr("Submitted %1; the time since, still counting").arg(submitted);
    }
    case AccuracyColumn: return job.accuracy ? tr("The accuracy the evaluator reported") : QVariant();
  }
  return {};
}

QVariant EvaluatorJobsModel::data(const QModelIndex& index, int role) const
{
  if (!index.isValid() || index.row() >= rowCount())
    return {};
  const cdse::EvaluatorJob& job = snapshot_.jobs[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole: return displayText(job, index.column());
    case Qt::ToolTipRole: return toolTip(job, index.column());
    case Qt::ForegroundRole:
      if (index.column() == StateColumn)
        return stateColour(job.state);
      return {};
    case Qt::DecorationRole:
      if (index.column() == StateColumn)
        return stateColour(job.state);   // a swatch: the state reads without colour vision too (the text)
      return {};
    case Qt::TextAlignmentRole:
      if (index.column() == ElapsedColumn || index.column() == AccuracyColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      return {};
  }
  return {};
}

QVariant EvaluatorJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ConfigurationColumn)
    return tr("Per encoder: layers · heads · FFN width · embedding width (each row's tooltip has the whole "
              "configuration key)");
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case ConfigurationColumn: return tr("Configuration");
    case JobIdColumn: return tr("Job");
    case StateColumn: return tr("State");
    case ElapsedColumn: return tr("Elapsed");
    case AccuracyColumn: return tr("Accuracy");
  }
  return {};
}

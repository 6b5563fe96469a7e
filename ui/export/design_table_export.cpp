#include "ui/export/design_table_export.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/io/shortest_number.h"

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class DesignTableExport {
  Q_DECLARE_TR_FUNCTIONS(DesignTableExport)
};

namespace {

std::vector<std::size_t> selected_rows(const cdse::Archive& archive, DesignSelection which)
{
  if (which == DesignSelection::Front)
    return archive.front();
  std::vector<std::size_t> rows(archive.size());
  for (std::size_t i = 0; i < rows.size(); ++i)
    rows[i] = i;
  return rows;
}

// Knob values as the user reads them (label for categorical knobs, the value otherwise).
nlohmann::json knob_values(const cdse::SearchSpace& space, const cdse::Genome& genome)
{
  nlohmann::json values = nlohmann::json::array();
  for (std::size_t k = 0; k < space.knob_count(); ++k) {
    const auto& knob = space.knobs()[k];
    const int g = k < genome.size() ? genome[k] : -1;
    if (g < 0 || g >= knob.size())
      values.push_back(nullptr);
    else if (knob.categorical())
      values.push_back(knob.labels[static_cast<std::size_t>(g)]);
    else
      values.push_back(knob.values[static_cast<std::size_t>(g)]);
  }
  return values;
}

nlohmann::json row_json(const cdse::Archive& archive, const cdse::SearchSpace& space, std::size_t i,
                        const std::unordered_set<std::size_t>& front)
{
  const auto& r = archive.record(i);
  const auto& c = archive.carbon(i);
  nlohmann::json params = nlohmann::json::object();
  const auto values = knob_values(space, r.genome);
  for (std::size_t k = 0; k < space.knob_count(); ++k)
    params[space.knobs()[k].name] = values[k];
  nlohmann::json row = {{"id", r.index},
                        {"parameters", params},
                        {"failed", r.failed},
                        {"feasible", archive.feasibility(i).feasible},
                        {"on_front", front.count(i) > 0}};
  if (r.failed) {
    row["error"] = r.error;
    return row;
  }
  const auto& v = r.invariants;
  row["accuracy"] = v.accuracy_available ? nlohmann::json(v.accuracy) : nlohmann::json(nullptr);
  row["accuracy_source"] = std::string(cdse::to_string(v.accuracy_source));
  row["latency_s"] = v.latency_s;
  row["energy_per_inference_j"] = v.energy_per_inference_j;
  row["area_mm2"] = v.area_mm2;
  row["embodied_kg"] = c.embodied_kg;
  row["operational_kg"] = c.operational_kg;
  row["total_kg"] = c.total_kg;
  return row;
}

QString csv_cell(const nlohmann::json& v)
{
  if (v.is_null())
    return {};
  if (v.is_string()) {
    QString s = QString::fromStdString(v.get<std::string>());
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
      s = QLatin1Char('"') + s.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return s;
  }
  if (v.is_boolean())
    return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
  if (v.is_number_integer())
    return QString::number(v.get<std::int64_t>());
  // Shortest text that reads back to the same double: 0.488, not 0.48799999999999999.
  return QString::fromStdString(cdse::shortest_number(v.get<double>()));
}

ExportResult write_all(const QString& path, const QByteArray& bytes, int rows)
{
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    return {false, DesignTableExport::tr("Cannot write %1: %2").arg(path, file.errorString()), 0};
  if (file.write(bytes) != bytes.size() || !file.commit())
    return {false, DesignTableExport::tr("Cannot write %1: %2").arg(path, file.errorString()), 0};
  return {true, {}, rows};
}

}   // namespace

ExportResult exportDesignsCsv(const QString& path, const cdse::Archive& archive, const cdse::SearchSpace& space,
                              DesignSelection which)
{
  const auto rows = selected_rows(archive, which);
  const std::unordered_set<std::size_t> front(archive.front().begin(), archive.front().end());
  QStringList header{QStringLiteral("id")};
  for (const auto& knob : space.knobs())
    header << QString::fromStdString(knob.name);
  const QStringList metrics{QStringLiteral("accuracy"),       QStringLiteral("accuracy_source"),
                            QStringLiteral("latency_s"),      QStringLiteral("energy_per_inference_j"),
                            QStringLiteral("area_mm2"),       QStringLiteral("embodied_kg"),
                            QStringLiteral("operational_kg"), QStringLiteral("total_kg"),
                            QStringLiteral("feasible"),       QStringLiteral("on_front"),
                            QStringLiteral("error")};
  header << metrics;
  QString text = header.join(QLatin1Char(',')) + QLatin1Char('\n');
  for (std::size_t i : rows) {
    const auto row = row_json(archive, space, i, front);
    QStringList cells{csv_cell(row["id"])};
    for (const auto& knob : space.knobs())
      cells << csv_cell(row["parameters"][knob.name]);
    for (const auto& m : metrics) {
      const std::string key = m.toStdString();
      cells << csv_cell(row.contains(key) ? row[key] : nlohmann::json(nullptr));
    }
    text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
  }
  return write_all(path, text.toUtf8(), static_cast<int>(rows.size()));
}

ExportResult exportDesignsJson(const QString& path, const cdse::Archive& archive, const cdse::SearchSpace& space,
                               DesignSelection which)
{
  const auto rows = selected_rows(archive, which);
  const std::unordered_set<std::size_t> front(archive.front().begin(), archive.front().end());
  nlohmann::json designs = nlohmann::json::array();
  for (std::size_t i : rows)
    designs.push_back(row_json(archive, space, i, front));
  const nlohmann::json doc = {{"selection", which == DesignSelection::Front ? "front" : "all"}, {"designs", designs}};
  return write_all(path, QByteArray::fromStdString(doc.dump(1) + "\n"), static_cast<int>(rows.size()));
}

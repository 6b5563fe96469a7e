#pragma once
// One optional constraint limit: a check box turns it on, a spin box holds its value. The value
// is shown in display units (e.g. ms) and stored in SI (e.g. s) through `displayPerSi`.
#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;

class OptionalLimitEdit : public QWidget {
  Q_OBJECT
public:
  OptionalLimitEdit(double minimum, double maximum, double defaultValue, int decimals, double displayPerSi,
                    QWidget* parent = nullptr);

  std::optional<double> limit() const;              // SI, nullopt when off
  void setLimit(const std::optional<double>& si);   // no signal
  void setText(const QString& text);
  void setSuffix(const QString& suffix);

  QCheckBox* checkBox() const { return check_; }
  QDoubleSpinBox* spinBox() const { return spin_; }

signals:
  void limitChanged();

private:
  QCheckBox* check_;
  QDoubleSpinBox* spin_;
  double displayPerSi_;
};

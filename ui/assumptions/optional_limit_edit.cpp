#include "ui/assumptions/optional_limit_edit.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

OptionalLimitEdit::OptionalLimitEdit(double minimum, double maximum, double defaultValue, int decimals,
                                     double displayPerSi, QWidget* parent)
    : QWidget(parent), check_(new QCheckBox), spin_(new QDoubleSpinBox), displayPerSi_(displayPerSi)
{
  spin_->setRange(minimum, maximum);
  spin_->setDecimals(decimals);
  spin_->setValue(defaultValue);
  spin_->setKeyboardTracking(false);
  spin_->setEnabled(false);
  // Sized for a typical limit ("50.00 ms"), not for the largest the range allows (10,000,000.000
  // kg), so the panel fits a narrow dock; a longer value scrolls inside the box.
  spin_->setMinimumWidth(spin_->fontMetrics().horizontalAdvance(QStringLiteral("00000.00 mm²")) + 24);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(check_, 1);
  layout->addWidget(spin_);
  connect(check_, &QCheckBox::toggled, this, [this](bool on) {
    spin_->setEnabled(on);
    emit limitChanged();
  });
  connect(spin_, &QDoubleSpinBox::valueChanged, this, [this] {
    if (check_->isChecked())
      emit limitChanged();
  });
}

std::optional<double> OptionalLimitEdit::limit() const
{
  if (!check_->isChecked())
    return std::nullopt;
  return spin_->value() / displayPerSi_;
}

void OptionalLimitEdit::setLimit(const std::optional<double>& si)
{
  const QSignalBlocker blockCheck(check_);
  const QSignalBlocker blockSpin(spin_);
  check_->setChecked(si.has_value());
  spin_->setEnabled(si.has_value());
  if (si)
    spin_->setValue(*si * displayPerSi_);
}

void OptionalLimitEdit::setText(const QString& text) { check_->setText(text); }
void OptionalLimitEdit::setSuffix(const QString& suffix) { spin_->setSuffix(suffix); }

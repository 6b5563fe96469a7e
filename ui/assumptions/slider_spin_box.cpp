#include "ui/assumptions/slider_spin_box.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace {
constexpr int k_slider_steps = 1000;
}

SliderSpinBox::SliderSpinBox(double minimum, double maximum, int decimals, Scale scale, QWidget* parent)
    : QWidget(parent), slider_(new QSlider(Qt::Horizontal)), spin_(new QDoubleSpinBox), scale_(scale)
{
  slider_->setRange(0, k_slider_steps);
  spin_->setDecimals(decimals);
  spin_->setKeyboardTracking(false);   // typing "250" must not re-score at "2" and "25"
  spin_->setMinimumWidth(96);
  setRange(minimum, maximum);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(slider_, 1);
  layout->addWidget(spin_);

  connect(slider_, &QSlider::sliderPressed, this, [this] { ++drags_; });
  connect(slider_, &QSlider::valueChanged, this, [this](int position) {
    if (updating_)
      return;
    const double v = valueAt(position);
    {
      const QSignalBlocker block(spin_);
      spin_->setValue(v);
    }
    emit valueChanged(spin_->value());
  });
  connect(spin_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
    if (updating_)
      return;
    updating_ = true;
    slider_->setValue(sliderPosition(v));
    updating_ = false;
    emit valueChanged(v);
  });
}

double SliderSpinBox::value() const { return spin_->value(); }

int SliderSpinBox::dragId() const { return slider_->isSliderDown() ? drags_ : 0; }

void SliderSpinBox::setValue(double value)
{
  updating_ = true;
  spin_->setValue(value);
  slider_->setValue(sliderPosition(spin_->value()));
  updating_ = false;
}

void SliderSpinBox::setSuffix(const QString& suffix) { spin_->setSuffix(suffix); }

void SliderSpinBox::setRange(double minimum, double maximum)
{
  updating_ = true;
  spin_->setRange(minimum, maximum);
  // Spin steps of about 1 % of the range keep the arrow keys useful on every scale.
  const double step = scale_ == Scale::Logarithmic ? std::max(minimum, std::pow(10.0, -spin_->decimals()))
                                                   : (maximum - minimum) / 100.0;
  spin_->setSingleStep(step);
  slider_->setValue(sliderPosition(spin_->value()));
  updating_ = false;
}

int SliderSpinBox::sliderPosition(double value) const
{
  const double lo = spin_->minimum(), hi = spin_->maximum();
  if (hi <= lo)
    return 0;
  double t = 0;
  if (scale_ == Scale::Logarithmic && lo > 0)
    t = std::log(std::max(value, lo) / lo) / std::log(hi / lo);
  else
    t = (value - lo) / (hi - lo);
  return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * k_slider_steps));
}

double SliderSpinBox::valueAt(int position) const
{
  const double lo = spin_->minimum(), hi = spin_->maximum();
  const double t = static_cast<double>(position) / k_slider_steps;
  if (scale_ == Scale::Logarithmic && lo > 0)
    return lo * std::pow(hi / lo, t);
  return lo + t * (hi - lo);
}

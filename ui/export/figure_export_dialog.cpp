#include "ui/export/figure_export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

FigureExportDialog::FigureExportDialog(const FigureOptions& options, const QList<FigureSubject>& subjects,
                                       QWidget* parent)
    : QDialog(parent), subjects_(subjects), subject_(new QComboBox), preset_(new QComboBox), width_(new QSpinBox),
      height_(new QSpinBox), dpi_(new QSpinBox), caption_(new QCheckBox), presentation_(new QCheckBox),
      summary_(new QLabel)
{
  setObjectName(QStringLiteral("figureExportDialog"));
  setWindowTitle(tr("Export Plots"));
  for (const FigureSubject& subject : subjects)
    subject_->addItem(subject.name);
  for (FigurePreset p : figure_options::allPresets())
    preset_->addItem(figure_options::presetName(p), static_cast<int>(p));
  for (QSpinBox* box : {width_, height_}) {
    box->setRange(figure_options::k_min_custom_px, figure_options::k_max_custom_px);
    box->setSuffix(tr(" px"));
  }
  dpi_->setRange(figure_options::k_min_dpi, figure_options::k_max_dpi);
  dpi_->setSingleStep(24);
  dpi_->setSuffix(tr(" dpi"));
  caption_->setText(tr("Caption with the assumptions, version and date"));
  presentation_->setText(tr("Presentation style: large text, thick lines, colour-blind-safe colours"));
  summary_->setWordWrap(true);

  auto* custom = new QHBoxLayout;
  custom->addWidget(width_);
  custom->addWidget(new QLabel(QStringLiteral("×")));
  custom->addWidget(height_);
  custom->addStretch();
  auto* form = new QFormLayout;
  if (subjects.size() > 1)
    form->addRow(tr("Plots:"), subject_);
  else
    subject_->hide();
  form->addRow(tr("Size:"), preset_);
  form->addRow(tr("Custom size:"), custom);
  form->addRow(tr("PNG resolution:"), dpi_);
  form->addRow(QString(), caption_);
  form->addRow(QString(), presentation_);
  form->addRow(QString(), summary_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose File…"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);

  const FigureOptions o = figure_options::clamped(options);
  preset_->setCurrentIndex(preset_->findData(static_cast<int>(o.preset)));
  width_->setValue(o.customSize_px.width());
  height_->setValue(o.customSize_px.height());
  dpi_->setValue(o.pngDpi);
  caption_->setChecked(o.caption);
  presentation_->setChecked(o.presentation);
  for (QComboBox* box : {subject_, preset_})
    connect(box, &QComboBox::currentIndexChanged, this, &FigureExportDialog::updateControls);
  for (QSpinBox* box : {width_, height_, dpi_})
    connect(box, &QSpinBox::valueChanged, this, &FigureExportDialog::updateControls);
  updateControls();
}

FigureOptions FigureExportDialog::options() const
{
  FigureOptions o;
  o.preset = static_cast<FigurePreset>(preset_->currentData().toInt());
  o.customSize_px = QSize(width_->value(), height_->value());
  o.pngDpi = dpi_->value();
  o.caption = caption_->isChecked();
  o.presentation = presentation_->isChecked();
  return o;
}

int FigureExportDialog::subject() const { return std::max(subject_->currentIndex(), 0); }

QString FigureExportDialog::sizeSummary() const { return summary_->text(); }

void FigureExportDialog::updateControls()
{
  const FigureOptions o = options();
  width_->setEnabled(o.preset == FigurePreset::Custom);
  height_->setEnabled(o.preset == FigurePreset::Custom);
  dpi_->setEnabled(!figure_options::isSlide(o.preset));   // a slide is its pixel size
  const QSize onScreen = subjects_.isEmpty() ? QSize(800, 400) : subjects_[subject()].onScreen;
  const QSizeF canvas = figure_options::canvasSize_px(o, onScreen);
  const QSize png = figure_options::pngSize(o, canvas);
  const QSizeF page = figure_options::pdfPageSize_pt(o, canvas);
  const QLocale l;
  QString text = tr("PNG %1 × %2 px, PDF page %3 × %4 pt.")
                     .arg(png.width())
                     .arg(png.height())
                     .arg(l.toString(page.width(), 'f', 0), l.toString(page.height(), 'f', 0));
  if (o.preset == FigurePreset::OnScreen && o.caption)
    text += QLatin1Char(' ') + tr("The caption adds to the height.");
  summary_->setText(text);
}

#pragma once
// File ▸ Export ▸ Plots asks this first: what to export (when there is a choice), the size preset,
// the PNG resolution, the assumptions caption and presentation style (ui/export/figure_options.h),
// with the sizes the files will have. Shows the options it is given; the caller remembers them
// (figure_options::save). GUI thread.
#include <QDialog>
#include <QSize>
#include <QList>
#include <QString>

#include "ui/export/figure_options.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

// Something that may be exported: its name ("The three Pareto fronts") and its plots' total size
// on screen, in layout px.
struct FigureSubject {
  QString name;
  QSize onScreen;
};

class FigureExportDialog : public QDialog {
  Q_OBJECT
public:
  // The choice of subject is hidden when there is only one.
  FigureExportDialog(const FigureOptions& options, const QList<FigureSubject>& subjects, QWidget* parent = nullptr);

  FigureOptions options() const;
  int subject() const;
  // For tests and the caller: the summary of the sizes the files will have.
  QString sizeSummary() const;

private:
  void updateControls();

  QList<FigureSubject> subjects_;
  QComboBox* subject_;
  QComboBox* preset_;
  QSpinBox* width_;
  QSpinBox* height_;
  QSpinBox* dpi_;
  QCheckBox* caption_;
  QCheckBox* presentation_;
  QLabel* summary_;
};

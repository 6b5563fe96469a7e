#pragma once
// Help → About Data: every shipped data table with the source of each entry (read from the embedded
// resources/data/*.json through cdse::collect_sources, the same walk the source-coverage test checks),
// and the bibliography, docs/references.md, embedded as the Qt resource :/docs/references.md. The
// window shows what the docs show; there is no second copy of either.
#include <QDialog>

class QTabWidget;
class QTextBrowser;
class QTreeWidget;

class AboutDataDialog : public QDialog {
  Q_OBJECT
public:
  explicit AboutDataDialog(QWidget* parent = nullptr);

  // File names of the tables listed (e.g. "grid_regions.json"), in display order.
  QStringList tableNames() const;
  // The bibliography as rendered (plain text).
  QString referencesText() const;

protected:
  void changeEvent(QEvent* event) override;

private:
  void fillTables();
  void retranslate();

  QTabWidget* tabs_;
  QTreeWidget* tables_;
  QTextBrowser* references_;
};

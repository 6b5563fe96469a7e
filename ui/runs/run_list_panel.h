#pragma once
// The session's runs, one row each: name (editable), scenario, algorithm, the assumptions it
// started with, when it started, its designs and pins. Choosing a row shows that run's designs in
// the fronts; Rename and Delete act on the chosen row. Deleting a run whose designs are pinned
// asks first (those pins go with it); nothing else removes a pin.
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <functional>

class ExplorerModel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

class RunListPanel : public QWidget {
  Q_OBJECT
public:
  // The short, telling columns first: a narrow dock still shows which run is which.
  enum Column {
    NameColumn,
    DesignsColumn,
    AlgorithmColumn,
    StartedColumn,
    ScenarioColumn,
    AssumptionsColumn,
    ColumnCount
  };

  explicit RunListPanel(ExplorerModel* model, QWidget* parent = nullptr);

  // Asked before a run with pinned designs is deleted; the default shows a question box. Tests
  // (and headless runs) replace it.
  using Confirm = std::function<bool(const QString& question)>;
  void setConfirm(Confirm confirm) { confirm_ = std::move(confirm); }
  // A running search owns the shown run: switching and deleting wait until it ends.
  void setSearchRunning(bool running);

  QTreeWidget* list() const { return list_; }
  QPushButton* renameButton() const { return rename_; }
  QPushButton* deleteButton() const { return delete_; }
  // Deletes the chosen run (after the confirmation when it holds pins); false when nothing changed.
  bool deleteChosenRun();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void rebuild();
  void updateButtons();
  std::uint64_t chosenRunId() const;
  void fillRow(QTreeWidgetItem* item, const struct RunSummary& run) const;

  ExplorerModel* model_;
  QTreeWidget* list_;
  QPushButton* rename_;
  QPushButton* delete_;
  Confirm confirm_;
  QTimer countsTimer_;   // design counts of a streaming run, refreshed a few times a second
  bool searchRunning_ = false;
  bool rebuilding_ = false;
};

#pragma once
// Which design a view talks about: one of a run's evaluated designs, or one of the baseline
// (reference) designs the run was started with. A plain value, passed through signals.
// `run` 0 means "the run on screen" (what the plots hand out); a pin keeps the id of its run
// (ExplorerModel's run ids start at 1), so it stays valid while another run is shown.
#include <QMetaType>

#include <cstddef>
#include <cstdint>
#include <optional>

struct DesignRef {
  enum class Kind { Archive, Baseline };
  static constexpr std::uint64_t k_shown_run = 0;
  Kind kind = Kind::Archive;
  std::size_t index = 0;   // archive index, or index into the baselines
  std::uint64_t run = k_shown_run;

  static DesignRef archive(std::size_t i) { return {Kind::Archive, i}; }
  static DesignRef baseline(std::size_t i) { return {Kind::Baseline, i}; }
  friend bool operator==(const DesignRef&, const DesignRef&) = default;
};

Q_DECLARE_METATYPE(DesignRef)

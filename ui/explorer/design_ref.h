#pragma once
// Which design a view talks about: one of the archive's evaluated designs, or one of the
// scenario's baseline (reference) designs. A plain value, passed through signals.
#include <QMetaType>

#include <cstddef>
#include <optional>

struct DesignRef {
  enum class Kind { Archive, Baseline };
  Kind kind = Kind::Archive;
  std::size_t index = 0;   // archive index, or index into the baselines

  static DesignRef archive(std::size_t i) { return {Kind::Archive, i}; }
  static DesignRef baseline(std::size_t i) { return {Kind::Baseline, i}; }
  friend bool operator==(const DesignRef&, const DesignRef&) = default;
};

Q_DECLARE_METATYPE(DesignRef)

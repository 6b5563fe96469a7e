#pragma once
// The designs pinned for the compare view: at most k_max, of any run, each naming its run by id
// (never DesignRef::k_shown_run), in the order they were pinned. A plain value; ExplorerModel
// checks that a design exists before pinning it and announces the changes.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "ui/explorer/design_ref.h"

class PinnedDesigns {
public:
  static constexpr int k_max = 4;

  const std::vector<DesignRef>& refs() const { return refs_; }
  bool empty() const { return refs_.empty(); }
  bool mayAdd(const DesignRef& ref) const;   // not full and not pinned yet
  // False (nothing changes) when full or already pinned.
  bool add(const DesignRef& ref);
  bool remove(const DesignRef& ref);   // false when it was not pinned
  bool clear();                        // false when nothing was pinned
  void removeRun(std::uint64_t runId);

  std::size_t countIn(std::uint64_t runId) const;
  bool anyOutside(std::uint64_t runId) const;
  // Those of run `runId`, as references to the run on screen (for its snapshot).
  std::vector<DesignRef> ofShownRun(std::uint64_t runId) const;

private:
  std::vector<DesignRef> refs_;
};

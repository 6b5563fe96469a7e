#pragma once
// A session value taken from the explorer in slices. Copying 200,000 designs takes ~45 ms, too
// long for one turn of the GUI thread, so the window copies a slice per event-loop turn and hands
// the finished value to a worker to write. Everything but the designs is captured at once, and
// each run's design count is fixed then: designs are never changed once stored (a re-score or a
// new constraint changes only derived numbers), so the slices add up to the state at capture
// time even if a search appends meanwhile or a run is re-scored, replaced or removed (the capture
// shares ownership of the archives it reads).
#include <cstddef>
#include <memory>
#include <vector>

#include "core/search/archive/archive.h"
#include "core/session/session_file.h"

class SessionCapture {
public:
  // `session` has every run without its designs; `archives[r]` holds run r's first `counts[r]`.
  SessionCapture(cdse::Session session, std::vector<std::shared_ptr<const cdse::Archive>> archives,
                 std::vector<std::size_t> counts);

  // Copies up to `records` more designs; true once every design is in.
  bool copySome(std::size_t records);
  bool complete() const { return run_ >= archives_.size(); }
  // The finished value (call once, when complete()).
  cdse::Session take() { return std::move(session_); }

private:
  cdse::Session session_;
  std::vector<std::shared_ptr<const cdse::Archive>> archives_;
  std::vector<std::size_t> counts_;
  std::size_t run_ = 0;   // the run being copied
};

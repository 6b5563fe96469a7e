#include "ui/explorer/session_capture.h"

#include <algorithm>

SessionCapture::SessionCapture(cdse::Session session, std::vector<std::shared_ptr<const cdse::Archive>> archives,
                               std::vector<std::size_t> counts)
    : session_(std::move(session)), archives_(std::move(archives)), counts_(std::move(counts))
{
  for (std::size_t r = 0; r < archives_.size(); ++r)
    session_.runs[r].designs.reserve(counts_[r]);
  while (run_ < archives_.size() && counts_[run_] == 0)
    ++run_;
}

bool SessionCapture::copySome(std::size_t records)
{
  while (run_ < archives_.size() && records > 0) {
    auto& designs = session_.runs[run_].designs;
    const std::size_t to = std::min(counts_[run_], designs.size() + records);
    records -= to - designs.size();
    for (std::size_t i = designs.size(); i < to; ++i)
      designs.push_back(archives_[run_]->record(i));
    if (designs.size() == counts_[run_])
      ++run_;
  }
  return complete();
}

#include "ui/explorer/pinned_designs.h"

#include <algorithm>

bool PinnedDesigns::mayAdd(const DesignRef& ref) const
{
  return static_cast<int>(refs_.size()) < k_max && std::find(refs_.begin(), refs_.end(), ref) == refs_.end();
}

bool PinnedDesigns::add(const DesignRef& ref)
{
  if (!mayAdd(ref))
    return false;
  refs_.push_back(ref);
  return true;
}

bool PinnedDesigns::remove(const DesignRef& ref) { return std::erase(refs_, ref) > 0; }

bool PinnedDesigns::clear()
{
  if (refs_.empty())
    return false;
  refs_.clear();
  return true;
}

void PinnedDesigns::removeRun(std::uint64_t runId)
{
  std::erase_if(refs_, [runId](const DesignRef& p) { return p.run == runId; });
}

std::size_t PinnedDesigns::countIn(std::uint64_t runId) const
{
  return static_cast<std::size_t>(
      std::count_if(refs_.begin(), refs_.end(), [runId](const DesignRef& p) { return p.run == runId; }));
}

bool PinnedDesigns::anyOutside(std::uint64_t runId) const
{
  return std::any_of(refs_.begin(), refs_.end(), [runId](const DesignRef& p) { return p.run != runId; });
}

std::vector<DesignRef> PinnedDesigns::ofShownRun(std::uint64_t runId) const
{
  std::vector<DesignRef> out;
  for (DesignRef p : refs_)
    if (p.run == runId) {
      p.run = DesignRef::k_shown_run;
      out.push_back(p);
    }
  return out;
}

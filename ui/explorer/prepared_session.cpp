#include "ui/explorer/prepared_session.h"

PreparedSession prepareSession(cdse::Session session, const std::function<void(double)>& progress)
{
  cdse::validate_session(session);
  std::size_t total = 0, done = 0;
  for (const auto& run : session.runs)
    total += run.designs.size();
  PreparedSession prepared;
  prepared.archives.reserve(session.runs.size());
  for (auto& run : session.runs) {
    prepared.archives.push_back(cdse::make_session_archive(run, session.carbon));
    done += run.designs.size();
    run.designs = {};   // the archive holds them now; a second copy of 200,000 designs is ~100 MB
    if (progress)
      progress(total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 1.0);
  }
  prepared.session = std::move(session);
  return prepared;
}

#pragma once
// The design columns of a version-2 session payload (see session_binary.h): one run's designs
// written column by column, and read back with every value checked (names the design number and
// the field of the first bad value).
#include <string>
#include <string_view>
#include <vector>

#include "core/search/archive/archive_record.h"

namespace cdse {

// Which column layout a file uses. Files written before designs carried their accuracy source lack
// the "accuracy_source" column; they are still read (their accuracies load as "estimate", what the
// program showed for them then) and never written. Files written before DRAM channels were modelled
// lack "area.dram_phy_mm2" and "dram_packages"; they read as an idealised link (0 and 0), which is
// what every design of that time had. Files written before the die's control and wiring area was
// modelled lack "area.control_mm2"; it reads as 0, which their area totals match. Layouts are in
// the order they were introduced.
enum class SessionColumnLayout { WithoutAccuracySource, WithoutDramInterface, WithoutControlArea, Current };

// The column names, in payload order, as the header's "columns" lists them.
const std::vector<std::string>& session_column_names(SessionColumnLayout layout = SessionColumnLayout::Current);

// Appends the run's columns to `payload`. Failed designs' invariants are written as defaults.
void write_design_columns(std::string& payload, const std::vector<ArchiveRecord>& designs, std::size_t knobs);
// Bytes write_design_columns produces for these counts.
std::uint64_t design_columns_bytes(std::uint64_t designs, std::uint64_t knobs, std::uint64_t error_bytes,
                                   SessionColumnLayout layout = SessionColumnLayout::Current);

// Reads `designs` records from the start of `bytes`; `path` is the run's JSON path ("runs[0]").
// Checks what the columns alone can: flags are 0/1, numbers finite and physical, error lengths add
// up to `error_bytes`, index deltas keep indexes increasing without overflow.
std::vector<ArchiveRecord> read_design_columns(std::string_view bytes, const std::string& path, std::size_t designs,
                                               std::size_t knobs, std::size_t error_bytes,
                                               SessionColumnLayout layout = SessionColumnLayout::Current);

// The check read_design_columns applies to one design, for the writer to refuse what the reader
// would refuse (a session is never saved into a file that cannot be opened).
void check_session_design(const ArchiveRecord& record, const std::string& path);

}   // namespace cdse

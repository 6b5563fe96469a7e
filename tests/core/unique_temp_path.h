#pragma once
// A temporary path no other test process is using. ctest runs the tests of one binary as separate
// processes in parallel, and two build trees (release, asan) may run their tests at once on one
// machine; a fixed name under /tmp lets one process delete or rewrite another's file.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <unistd.h>

namespace cdse::test {

inline std::filesystem::path unique_temp_path(const std::string& name)
{
  return std::filesystem::path(::testing::TempDir()) / ("cdse_" + std::to_string(::getpid()) + "_" + name);
}

}   // namespace cdse::test

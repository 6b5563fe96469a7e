#include <gtest/gtest.h>

#include "core/hardware/dram_types.h"
#include "core/hardware/technology.h"
#include "core/io/input_error.h"

using namespace cdse;

TEST(DramTypes, LpddrFourIsEightPicojoulesPerBit)
{
  // Accelergy's DRAM table: LPDDR4 8 pJ/bit → 64 pJ per byte (256 pJ per 32-bit access).
  EXPECT_NEAR(dram_energy_j_per_byte("lpddr4"), 64e-12, 1e-20);
  EXPECT_NEAR(dram_energy_j_per_byte("lpddr4") * 4, 256e-12, 1e-20);
}

TEST(DramTypes, ListsTheTypesWithSourcedValues)
{
  const std::vector<std::string> expected{"ddr3", "gddr5", "hbm2", "lpddr", "lpddr4"};
  EXPECT_EQ(dram_type_names(), expected);
  EXPECT_NEAR(dram_energy_j_per_byte("hbm2"), 3.9e-12 * 8, 1e-20);
  EXPECT_NEAR(dram_energy_j_per_byte("gddr5"), 14e-12 * 8, 1e-20);
  EXPECT_NEAR(dram_bandwidth_bytes_per_s("hbm2"), 256e9, 1);
  EXPECT_NEAR(dram_bandwidth_bytes_per_s("lpddr4"), 25.6e9, 1);
  for (const auto& name : dram_type_names()) {
    EXPECT_GT(dram_energy_j_per_byte(name), 0.0) << name;
    EXPECT_GT(dram_bandwidth_bytes_per_s(name), 0.0) << name;
  }
  // Stacked memory next to the chip costs less per bit than LPDDR4, older DDR3 more.
  EXPECT_LT(dram_energy_j_per_byte("hbm2"), dram_energy_j_per_byte("lpddr4"));
  EXPECT_GT(dram_energy_j_per_byte("ddr3"), dram_energy_j_per_byte("lpddr4"));
}

TEST(DramTypes, UnknownTypeListsTheValidOnes)
{
  try {
    dram_energy_j_per_byte("LPDDR4");   // names are lower case
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "dram_type");
    EXPECT_NE(e.problem().find("\"LPDDR4\""), std::string::npos);
    EXPECT_NE(e.problem().find("ddr3, gddr5, hbm2, lpddr, lpddr4"), std::string::npos) << e.what();
  }
  EXPECT_THROW(dram_bandwidth_bytes_per_s(""), InputError);
}

TEST(DramTypes, TechnologyTablesCarryTheAcceleratorsDramEnergy)
{
  EXPECT_DOUBLE_EQ(technology_22nm().dram_j_per_byte, dram_energy_j_per_byte("lpddr4"));
  AcceleratorConfig a;
  a.dram_type = "hbm2";
  EXPECT_DOUBLE_EQ(technology_for(a).dram_j_per_byte, dram_energy_j_per_byte("hbm2"));
  a.dram_type = "sdram";
  EXPECT_THROW(technology_for(a), InputError);
}

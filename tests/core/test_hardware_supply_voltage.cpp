#include <gtest/gtest.h>

#include <cmath>

#include "core/hardware/accelerator_validation.h"
#include "core/hardware/supply_voltage.h"
#include "core/hardware/technology.h"
#include "core/io/input_error.h"

// The supply voltage a clock needs (docs/models/hardware.md, supply voltage and clock): the tables
// are at 0.8 V for 625 MHz; a clock runs where Stillmaker & Baas's low-power delay fit allows it.
using namespace cdse;

namespace {

// The 20 nm low-power fit (Stillmaker & Baas 2017, as tabulated by nodeScale), which 22 nm uses.
double lp20_delay(double v) { return -160.5 * v * v * v + 514.1 * v * v - 558.6 * v + 217.5; }

}   // namespace

TEST(SupplyVoltage, TheReferenceClockRunsAtTheTablesVoltageAtEveryNode)
{
  for (int node : supported_nodes_nm()) {
    const OperatingPoint p = operating_point(node, 625);
    EXPECT_EQ(p.vdd_v, 0.8) << node;
    EXPECT_EQ(p.dynamic_energy_factor, 1.0) << node;
    EXPECT_EQ(p.leakage_factor, 1.0) << node;
  }
}

TEST(SupplyVoltage, AFasterClockNeedsMoreVoltageWhereTheDelayFitSaysSo)
{
  // 1,000 MHz at 22 nm: the gate delay must be 625/1000 of its 0.8 V value.
  const OperatingPoint fast = operating_point(22, 1000);
  EXPECT_NEAR(lp20_delay(fast.vdd_v), lp20_delay(0.8) * 0.625, 1e-9);
  EXPECT_NEAR(fast.vdd_v, 1.149, 0.001);
  EXPECT_NEAR(fast.dynamic_energy_factor, (fast.vdd_v / 0.8) * (fast.vdd_v / 0.8), 1e-15);
  EXPECT_NEAR(fast.leakage_factor, fast.vdd_v / 0.8, 1e-15);
  const OperatingPoint slow = operating_point(22, 400);
  EXPECT_NEAR(lp20_delay(slow.vdd_v), lp20_delay(0.8) * 625 / 400, 1e-9);
  EXPECT_LT(slow.dynamic_energy_factor, 1.0);
  for (int node : supported_nodes_nm()) {
    double previous = 0;
    for (double mhz : {300.0, 400.0, 625.0, 800.0, 1000.0}) {
      if (mhz > max_frequency_mhz(node))
        continue;
      const double v = operating_point(node, mhz).vdd_v;
      EXPECT_GE(v, previous) << node << " nm, " << mhz << " MHz";
      previous = v;
    }
  }
}

TEST(SupplyVoltage, SlowClocksStayAtTheLowestVoltageAndFastOnesAreRefused)
{
  EXPECT_EQ(operating_point(22, 50).vdd_v, 0.5);   // below the fitted range: the clock just slows
  EXPECT_EQ(operating_point(22, 50).vdd_v, operating_point(22, 100).vdd_v);
  const double top = max_frequency_mhz(22);
  EXPECT_NEAR(lp20_delay(1.2), lp20_delay(0.8) * 625 / top, 1e-9);
  EXPECT_NEAR(operating_point(22, top).vdd_v, 1.2, 1e-9);
  try {
    operating_point(22, 2000);
    FAIL() << "2 GHz at 22 nm needs more than the fitted range";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "frequency_mhz");
    EXPECT_NE(e.problem().find("at most"), std::string::npos) << e.what();
  }
  AcceleratorConfig a;
  a.frequency_mhz = 2000;
  try {
    validate_accelerator(a, "hardware");
    FAIL() << "the accelerator's clock is validated";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "hardware.frequency_mhz");
  }
}

#pragma once
// Carbon of one design under one set of CarbonSettings, kg CO2e.
namespace cdse {

struct CarbonBreakdown {
  double chip_kg = 0;   // die: area × CPA
  double dram_kg = 0;
  double packaging_kg = 0;
  double embodied_kg = 0;      // chip + dram + packaging (amortised when settings.amortize)
  double embodied_p5_kg = 0;   // uncertainty band on embodied
  double embodied_p95_kg = 0;
  double dynamic_kg = 0;       // inference energy × inferences × grid CI
  double static_kg = 0;        // leakage over the powered-on lifetime × grid CI (part of operational)
  double idle_static_kg = 0;   // the part of static_kg while powered on but not inferring
  double operational_kg = 0;   // dynamic + static
  // Band on operational carbon from the leakage assumption: idle power fraction and leakage power at
  // their low / high (resources/data/power_gating.json). Equal to operational_kg without static.
  double operational_low_kg = 0, operational_high_kg = 0;
  double total_kg = 0;    // embodied + operational
  double cdp_kg_s = 0;    // carbon-delay product (total × latency)
  double cep_kg_j = 0;    // carbon-energy product (total × energy per inference)
  double dram_gb = 0;     // DRAM capacity the embodied carbon assumed
  double die_yield = 0;   // die yield the chip carbon assumed (the setting, or Murphy's at this area)
};

}   // namespace cdse

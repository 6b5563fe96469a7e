#pragma once
// Everyday equivalents of a carbon total (issue 16): "0.35 kg CO2e ≈ 1.4 km by car ≈ 28 smartphone
// charges". Aids for reading a number, from resources/data/carbon_equivalents.json with their
// source; they never enter a score.
#include <string>
#include <vector>

namespace cdse {

struct CarbonEquivalent {
  std::string id;     // stable key: the UI translates the unit by it ("car_km", "phone_charge", ...)
  std::string unit;   // English phrase for the unit, e.g. "km driven by an average petrol car"
  double kg_per_unit = 0;
  std::string source;

  double count(double carbon_kg) const { return carbon_kg / kg_per_unit; }
};

// The shipped table, in file order (loaded once, thread-safe). A malformed shipped table is a build
// defect: std::logic_error.
const std::vector<CarbonEquivalent>& carbon_equivalents();

}   // namespace cdse

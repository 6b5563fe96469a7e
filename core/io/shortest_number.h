#pragma once
// A double as the shortest decimal text that reads back to the same double (std::to_chars), for
// CSV cells and help text: 0.488, not 0.48799999999999999. Non-finite values print as "nan",
// "inf" and "-inf".
#include <string>

namespace cdse {

std::string shortest_number(double value);

}   // namespace cdse

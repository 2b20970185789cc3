// Checking that a file is an ICC profile fit for a CMYK output intent, from its 128-byte header.
#pragma once
#include <string>

namespace kp {

// What makes the ICC profile at `path` unfit as the output profile of CMYK print, or "" when
// it is fit: readable, at least a header and a tag count long, as long as its header says,
// the 'acsp' signature, an output-device class ('prtr') and the CMYK colour space.
std::string cmyk_output_profile_problem(const std::string& path);

}  // namespace kp

// The participants' handout (handout.pdf): which of the kit's sections it takes home.
#pragma once
#include <vector>

#include "model/yaml_reader.hpp"

namespace kp {

// guide.yaml `handout:`: a title, the guide sections (or decks) it reprints, in order, and a
// blank "my next step" box with its heading.
struct Handout {
  Location where;
  Text title;
  std::vector<Text> sections;  // guide section ids (any depth) or deck ids
  Text next_step;              // the heading of the box to write in (optional)
  int next_step_lines = 4;     // writing lines in that box
};

}  // namespace kp

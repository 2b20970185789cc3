// The measurements of a card's design (safe zone, band, type sizes), derived from the theme.
#pragma once
#include "core/length.hpp"
#include "model/kit.hpp"

namespace kp {

struct CardStyle {
  double safe = Length::mm(4).points();   // nothing readable closer to the trim
  double band = Length::mm(12).points();  // deck band height
  double band_text = 7.5;                 // deck name in the band
  double band_tracking = 1.1;             // letter spacing of the band text
  double title = 13;
  double body = 10;
  double lead = 8.5;
  double min = 7;
  double footer = 6.5;
  double gap = Length::mm(2.5).points();       // between title and body
  double rule_pitch = Length::mm(5).points();  // writing lines in prompt areas
  double rule_width = 0.4;
  Colour rule = Colour::grey(0.6);  // 40 % grey
  Colour text, muted;
  std::string family;

  static CardStyle from(const Theme& theme) {
    CardStyle s;
    s.title = theme.title_size.points();
    s.body = theme.body_size.points();
    s.min = theme.min_size.points();
    s.text = theme.text;
    s.muted = theme.muted;
    s.family = theme.font;
    return s;
  }
};

}  // namespace kp

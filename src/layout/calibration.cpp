// Calibration sheet: scales at the centre and near each corner, pointers mirrored for duplex.
#include "layout/calibration.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "text/text_layout.hpp"

namespace kp {

namespace {

const double kMm = Length::mm(1).points();

void text_at(Page& page, const FontContext& fonts, const std::string& family, double size,
             const std::string& s, Point centre_baseline, double wrap = 0) {
  TextStyle ts;
  ts.family = family;
  ts.size = size;
  ts.hyphenate = false;
  ts.align = Align::Centre;
  TextBlock b = layout_text(fonts, s, ts, wrap);
  double w = wrap > 0 ? wrap : b.width();
  for (auto& r :
       b.runs({centre_baseline.x - w / 2, centre_baseline.y - b.first_baseline()}, Colour::black()))
    page.items.emplace_back(std::move(r));
}

std::string signed_mm(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, v > 0 ? "+%d" : "%d", v);
  return buf;
}

}  // namespace

Document compose_calibration(const SheetOptions& o, const FontContext& fonts,
                             const std::string& family, const CalibrationWords& words) {
  const double W = o.paper_w, H = o.paper_h;
  const bool landscape = W > H;
  const Duplex duplex = o.duplex == Duplex::Off ? Duplex::LongEdge : o.duplex;
  // Mirrored axis of the flip (see back_place): a back shift along it shows reversed.
  const bool mirror_x = (duplex == Duplex::LongEdge) != landscape;
  const double sx = mirror_x ? 1 : -1, sy = mirror_x ? -1 : 1;
  Page front, back;
  front.width = back.width = W;
  front.height = back.height = H;
  front.label = words.front;
  back.label = words.back;
  const double inset = 30 * kMm;
  const Point spots[] = {{W / 2, H / 2},
                         {inset, inset},
                         {W - inset, inset},
                         {inset, H - inset},
                         {W - inset, H - inset}};
  const Colour black = Colour::black();
  const double ys_dx = 10 * kMm;  // the y scale stands to the right of the x scale
  for (Point c : spots) {
    // Front: a horizontal scale through the spot (reads x) and a vertical one beside it (y).
    const double yx = c.x + ys_dx;
    for (int e = -5; e <= 5; ++e) {
      double len = (e % 5 == 0 ? 3 : 1.8) * kMm;
      double x = c.x + e * kMm, y = c.y + e * kMm;
      front.items.emplace_back(line_shape({x, c.y}, {x, c.y + len}, black, 0.3));
      front.items.emplace_back(line_shape({yx, y}, {yx + len, y}, black, 0.3));
      if (e % 2 == 0) {
        text_at(front, fonts, family, 4.5, signed_mm(static_cast<int>(sx * e)),
                {x, c.y + 5.2 * kMm});
        text_at(front, fonts, family, 4.5, signed_mm(static_cast<int>(sy * e)),
                {yx + 5.5 * kMm, y + 1.5});
      }
    }
    front.items.emplace_back(line_shape({c.x - 5 * kMm, c.y}, {c.x + 5 * kMm, c.y}, black, 0.3));
    front.items.emplace_back(line_shape({yx, c.y - 5 * kMm}, {yx, c.y + 5 * kMm}, black, 0.3));
    text_at(front, fonts, family, 6, "x", {c.x - 7 * kMm, c.y + 1.5});
    text_at(front, fonts, family, 6, "y", {yx, c.y - 6.5 * kMm});
    // Back: pointer lines where the scales' zeros fall, mirrored for the flip and shifted by
    // the back offset in use: a vertical one across the x scale, a horizontal one across y.
    Point b = mirror_x ? Point{W - c.x, c.y} : Point{c.x, H - c.y};
    b.x += o.back_dx;
    b.y += o.back_dy;
    const double side = mirror_x ? -1 : 1;  // the front's +x as seen on the back
    back.items.emplace_back(line_shape({b.x, b.y - 7 * kMm}, {b.x, b.y + 7 * kMm}, black, 0.4));
    back.items.emplace_back(
        line_shape({b.x + side * 6 * kMm, b.y}, {b.x + side * 18 * kMm, b.y}, black, 0.4));
  }
  const bool turned = backs_turned(duplex);
  const std::string backs = turned                                ? ", backs turned 180°"
                            : duplex == Duplex::ShortEdgeCalendar ? ", backs upright"
                                                                  : "";
  std::string mode = duplex_name(duplex) + backs + (landscape ? ", landscape" : ", portrait");
  text_at(front, fonts, family, 7, words.help + " (" + mode + ")", {W / 2, H / 2 - 28 * kMm},
          W - 2 * inset);
  text_at(back, fonts, family, 7, words.back + " (" + mode + ")", {W / 2, H / 2 - 28 * kMm});
  if (duplex != Duplex::LongEdge) {
    // How to tell the two short-edge modes apart: a line drawn the way the card backs are, and
    // which way to turn the sheet over for it to read upright (about a side when the flip and
    // the turn undo each other, else about the top edge).
    const bool about_side = mirror_x != turned;
    Page line;
    const double y = H / 2 + 40 * kMm;
    text_at(line, fonts, family, 7,
            duplex_name(duplex) + " (" + backs.substr(2) + "): turned over " +
                (about_side ? "like a book page (about its side)"
                            : "like a calendar (about its top edge)") +
                ", this line reads upright, as the backs of the cut cards will.",
            {W / 2, y}, W - 2 * inset);
    Group g;
    g.tag = "duplex mode";
    double top = y, bottom = y;  // baselines of the first and last lines
    for_each_run(line.items, {}, [&](const GlyphRun& r, const Transform&) {
      top = std::min(top, r.origin.y);
      bottom = std::max(bottom, r.origin.y);
    });
    const double middle = (top - 5 + bottom + 1.5) / 2;       // 7 pt: ascent 5, descent 1.5
    if (turned) g.transform = {-1, 0, 0, -1, W, 2 * middle};  // 180° about the text's centre
    g.items = std::move(line.items);
    back.items.emplace_back(std::move(g));
  }
  Document doc;
  doc.info.title = "kitpress duplex calibration (" + mode + ")";
  doc.info.creator = std::string("kitpress ") + KP_VERSION;
  doc.pages.push_back(std::move(front));
  doc.pages.push_back(std::move(back));
  return doc;
}

}  // namespace kp

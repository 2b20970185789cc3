// Every file a kit reads stays inside the kit folder: a symbolic link leading out is refused,
// naming the link, and the outside file is never read (so never echoed in an error).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "support/pdf_tools.hpp"

using namespace kp::test;
namespace fs = std::filesystem;

namespace {

// A copy of the default kit, and an outside file whose content must never be shown.
struct KitWithLink {
  std::string kit, secret;
  explicit KitWithLink(const std::string& name) {
    kit = temp_dir("contain-" + name) + "/kit";
    fs::copy(project_dir() + "/kit/bulle-dg", kit, fs::copy_options::recursive);
    secret = temp_dir("contain-outside-" + name) + "/outside.yaml";
    std::ofstream(secret) << "kitpress: 1\nlanguage: de\ntexts:\n  secret-line: OUTSIDE-SECRET\n";
  }
  void link(const std::string& rel, const std::string& target) const {
    fs::remove(kit + "/" + rel);
    fs::create_symlink(target, kit + "/" + rel);
  }
  CommandResult build(const std::string& options = "") const {
    return run("NO_COLOR=1 " + sh_quote(kitpress_binary()) + " build " + sh_quote(kit) + " -o " +
               sh_quote(kit + "/../out") + " " + options);
  }
};

}  // namespace

TEST_CASE("a translation that is a link out of the kit is refused, naming the link") {
  KitWithLink k("i18n");
  k.link("i18n/de.yaml", k.secret);
  auto r = k.build("--lang all");
  CHECK(r.exit_code == 1);
  CHECK_MESSAGE(r.out.find(k.kit + "/i18n/de.yaml: error: de: the translation file is not read: "
                                   "the path leads out of the kit folder") != std::string::npos,
                r.out);
  CHECK(r.out.find("OUTSIDE-SECRET") == std::string::npos);
  CHECK(r.out.find("/etc") == std::string::npos);
  CHECK_FALSE(fs::exists(k.kit + "/../out/fr/cards.pdf"));  // the whole set, or nothing
}

TEST_CASE("kit.yaml itself and a kit font may not lead out of the kit") {
  KitWithLink k("kit-yaml");
  k.link("kit.yaml", k.secret);
  auto r = k.build();
  CHECK(r.exit_code == 1);
  CHECK_MESSAGE(r.out.find(k.kit + "/kit.yaml: error: the file is not read: the path leads out") !=
                    std::string::npos,
                r.out);
  CHECK(r.out.find("OUTSIDE-SECRET") == std::string::npos);

  KitWithLink f("font");
  fs::create_directories(f.kit + "/fonts");
  f.link("fonts/Extra.ttf", project_dir() + "/fonts/NotoSans-Regular.ttf");
  r = f.build();
  CHECK(r.exit_code == 1);
  CHECK_MESSAGE(r.out.find(f.kit + "/fonts/Extra.ttf: error: the font is not read: the path leads "
                                   "out of the kit folder") != std::string::npos,
                r.out);
}

// Walking a kit's texts with their translation keys.
#include "model/text_keys.hpp"

#include <map>

#include "core/hash.hpp"
#include "core/utf8.hpp"

namespace kp {

namespace {

// Latin letters with diacritics (Latin-1 Supplement and Latin Extended-A) to plain ASCII.
std::string ascii_of(char32_t c) {
  static const std::map<char32_t, const char*> folds = {
      {U'à', "a"}, {U'á', "a"},  {U'â', "a"},  {U'ã', "a"}, {U'ä', "a"}, {U'å', "a"}, {U'æ', "ae"},
      {U'ç', "c"}, {U'è', "e"},  {U'é', "e"},  {U'ê', "e"}, {U'ë', "e"}, {U'ì', "i"}, {U'í', "i"},
      {U'î', "i"}, {U'ï', "i"},  {U'ñ', "n"},  {U'ò', "o"}, {U'ó', "o"}, {U'ô', "o"}, {U'õ', "o"},
      {U'ö', "o"}, {U'ø', "o"},  {U'ù', "u"},  {U'ú', "u"}, {U'û', "u"}, {U'ü', "u"}, {U'ý', "y"},
      {U'ÿ', "y"}, {U'ß', "ss"}, {U'œ', "oe"}, {U'ł', "l"}, {U'ś', "s"}, {U'š', "s"}, {U'ž', "z"},
      {U'ź', "z"}, {U'ż', "z"},  {U'č', "c"},  {U'ć', "c"}, {U'ř', "r"}, {U'ń', "n"}, {U'ę', "e"},
      {U'ą', "a"}, {U'ğ', "g"},  {U'ı', "i"},  {U'ş', "s"}};
  if (c < 0x80) {
    char a = static_cast<char>(c);
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9')) return std::string(1, a);
    return {};
  }
  char32_t lower = c;
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) lower = c + 0x20;  // Latin-1 capitals
  if (c >= 0x100 && c <= 0x17F && (c % 2) == 0) lower = c + 1;  // Latin Extended-A pairs
  if (c == U'Œ') lower = U'œ';
  auto it = folds.find(lower);
  return it == folds.end() ? std::string() : it->second;
}

// Keys items of one list: own id, else slug; a slug already taken gets "-2", "-3"...
class ItemKeys {
 public:
  std::string operator()(const Text& t) { return take(t.id.empty() ? text_slug(t.value) : t.id); }
  std::string take(const std::string& wanted) {
    int& n = used_[wanted];
    ++n;
    return n == 1 ? wanted : wanted + "-" + std::to_string(n);
  }

 private:
  std::map<std::string, int> used_;
};

struct Walker {
  const std::function<void(const TextKey&, Text&)>& visit;

  void one(const std::string& key, const std::string& positional, Text& t) {
    if (!t.empty()) visit(TextKey{key, positional}, t);
  }
  void one(const std::string& key, Text& t) { one(key, key, t); }
  void list(const std::string& key, std::vector<Text>& items) {
    ItemKeys keys;
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].empty()) continue;
      one(key + "." + keys(items[i]), key + "." + std::to_string(i + 1), items[i]);
    }
  }

  void section(const std::string& s, GuideSection& sec) {
    one(s + ".title", sec.title);
    ItemKeys keys;  // every text of the section's body, whatever block holds it
    for (size_t b = 0; b < sec.blocks.size(); ++b) {
      GuideBlock& block = sec.blocks[b];
      std::string pos = s + ".body." + std::to_string(b + 1);
      if (block.kind == GuideBlock::Kind::Tip) {
        std::string k =
            s + "." + keys.take(block.id.empty() ? text_slug(block.text.value) : block.id);
        one(k + ".title", pos + ".title", block.title);
        one(k + ".text", pos + ".text", block.text);
      } else if (!block.text.empty()) {
        Text& t = block.text;
        one(s + "." + keys.take(block.id.empty() ? text_slug(t.value) : block.id), pos, t);
      }
      for (size_t i = 0; i < block.items.size(); ++i) {
        if (block.items[i].empty()) continue;
        one(s + "." + keys(block.items[i]), pos + "." + std::to_string(i + 1), block.items[i]);
      }
    }
    for (auto& sub : sec.sections) section(s + ".sections." + sub.id, sub);
  }

  void kit(Kit& kit) {
    one("title", kit.title);
    one("subtitle", kit.subtitle);
    for (auto& [word, text] : kit.words) one("words." + word, text);
    for (auto& deck : kit.decks) {
      std::string d = "decks." + deck.id;
      one(d + ".name", deck.name);
      one(d + ".lead", deck.lead);
      list(d + ".prompts", deck.prompts);
      for (auto& field : deck.fields) {
        one(d + ".fields." + field.name + ".label", field.label);
        one(d + ".fields." + field.name + ".default", field.default_value);
      }
      for (auto& card : deck.cards) {
        std::string c = d + ".cards." + card.id;
        // The deck's fields in their order (the presets: title, body, footnote).
        for (const auto& field : deck.fields)
          if (!field.from_prompts) one(c + "." + field.name, card.value(field.name));
        list(c + ".prompts", card.prompts);
      }
    }
    if (kit.stickers) {
      one("stickers.caption", kit.stickers->caption);
      list("stickers.texts", kit.stickers->texts);
      for (auto& set : kit.stickers->sets) {
        one("stickers.sets." + set.id + ".caption", set.caption);
        list("stickers.sets." + set.id + ".texts", set.texts);
      }
    }
    for (auto& sec : kit.guide) section("guide.sections." + sec.id, sec);
    session(kit.session);
  }

  void session(Session& session) {
    for (auto& [word, text] : session.words) one("guide.words." + word, text);
    one("guide.event", session.event);
    one("guide.agenda.note", session.agenda_note);
    ItemKeys steps;
    for (size_t i = 0; i < session.agenda.size(); ++i) {
      AgendaStep& st = session.agenda[i];
      std::string k =
          "guide.agenda." + steps.take(st.id.empty() ? text_slug(st.title.value) : st.id);
      std::string pos = "guide.agenda.steps." + std::to_string(i + 1);
      one(k + ".title", pos + ".title", st.title);
      one(k + ".who", pos + ".who", st.who);
      one(k + ".materials", pos + ".materials", st.materials);
    }
    ItemKeys materials;
    for (size_t i = 0; i < session.materials.size(); ++i) {
      Text& t = session.materials[i].text;
      if (t.empty()) continue;
      one("guide.materials." + materials(t), "guide.materials." + std::to_string(i + 1), t);
    }
    for (Worksheet& w : session.sheets) {
      const std::string at = "guide.worksheets." + w.id;
      one(at + ".title", w.title);
      one(at + ".intro", w.intro);
      list(at + ".columns", w.columns);
      ItemKeys questions;
      for (size_t i = 0; i < w.questions.size(); ++i) {
        SurveyQuestion& q = w.questions[i];
        std::string k = at + "." + questions.take(q.id.empty() ? text_slug(q.text.value) : q.id);
        std::string pos = at + ".questions." + std::to_string(i + 1);
        one(k + ".text", pos + ".text", q.text);
        // Choices copied from a deck's cards (choices-from) are translated with the cards.
        if (q.notes.empty()) {
          ItemKeys choices;
          for (size_t c = 0; c < q.choices.size(); ++c) {
            if (q.choices[c].empty()) continue;
            one(k + ".choices." + choices(q.choices[c]), pos + ".choices." + std::to_string(c + 1),
                q.choices[c]);
          }
        }
        one(k + ".other", pos + ".other", q.other);
        one(k + ".write", pos + ".write", q.write);
      }
      list(at + ".prompts", w.prompts);
      one(at + ".signature", w.signature);
      list(at + ".body", w.paragraphs);
    }
    if (session.handout) {
      one("guide.handout.title", session.handout->title);
      one("guide.handout.next-step", session.handout->next_step);
    }
  }
};

}  // namespace

std::string text_slug(const std::string& text) {
  constexpr size_t kMax = 40;
  std::string slug;
  bool gap = false;
  for (char32_t c : utf8_decode(text)) {
    std::string a = ascii_of(c);
    if (a.empty()) {
      gap = !slug.empty();
      continue;
    }
    if (gap) {
      if (slug.size() + 1 + a.size() > kMax) break;
      slug += '-';
      gap = false;
    }
    if (slug.size() + a.size() > kMax) {
      size_t cut = slug.rfind('-');
      if (cut != std::string::npos && cut > 0) slug.resize(cut);
      break;
    }
    slug += a;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (!slug.empty()) return slug;
  char hex[9];
  hex32(fnv1a(text), hex);
  return std::string("t") + hex;
}

void visit_text_keys(const Kit& kit,
                     const std::function<void(const TextKey& key, const Text& text)>& visit) {
  // The walk never changes the kit; the mutable one is the single source of the keys.
  std::function<void(const TextKey&, Text&)> each = [&](const TextKey& k, Text& t) { visit(k, t); };
  Walker{each}.kit(const_cast<Kit&>(kit));
}

void visit_texts(Kit& kit, const std::function<void(const std::string& key, Text& text)>& visit) {
  std::function<void(const TextKey&, Text&)> each = [&](const TextKey& k, Text& t) {
    visit(k.key, t);
  };
  Walker{each}.kit(kit);
}

void visit_texts(const Kit& kit,
                 const std::function<void(const std::string& key, const Text& text)>& visit) {
  visit_text_keys(kit, [&](const TextKey& k, const Text& t) { visit(k.key, t); });
}

}  // namespace kp

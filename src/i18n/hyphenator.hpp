// Dictionary hyphenation with libhyphen: marks break points in text with soft hyphens (U+00AD).
#pragma once
#include <memory>
#include <mutex>
#include <string>

typedef struct _HyphenDict HyphenDict;

namespace kp {

class Hyphenator {
 public:
  // Loads the libhyphen dictionary for a language ("fr", "en", "de-CH", ...). If none is
  // installed, available() is false and hyphenate() returns text unchanged.
  explicit Hyphenator(const std::string& language);
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  bool available() const { return dict_ != nullptr; }
  const std::string& dictionary_path() const { return path_; }
  // Inserts U+00AD at each break point of each word of at least `min_word` letters.
  std::string hyphenate(const std::string& utf8_text, size_t min_word = 6) const;

 private:
  HyphenDict* dict_ = nullptr;
  bool latin1_ = false;
  std::string path_;
  mutable std::mutex mutex_;
  std::string hyphenate_word(const std::u32string& word) const;
};

// `text` with every soft hyphen (U+00AD) dropped that would leave fewer than `edge` letters
// of its word before or after the break (e.g. "In-ternationales" with edge 3).
std::string keep_breaks_inside(const std::string& text, size_t edge);

// The dictionary file libhyphen would use for a language, or "" when none is installed.
std::string hyphen_dictionary_for(const std::string& language);

// One shared hyphenator per language (thread-safe).
const Hyphenator& hyphenator_for(const std::string& language);

}  // namespace kp

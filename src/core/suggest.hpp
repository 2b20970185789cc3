// "Did you mean": the closest candidate to a misspelt word by edit distance.
#pragma once
#include <string>
#include <vector>

namespace kp {

int edit_distance(const std::string& a, const std::string& b);
// The candidate closest to `word` if it is near enough to be a likely typo, else "".
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);
// " (did you mean \"x\"?)" or "".
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);
// "a, b or c".
std::string join_choices(const std::vector<std::string>& items);

}  // namespace kp

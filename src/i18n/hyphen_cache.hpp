// A binary copy of a loaded libhyphen dictionary, so that a large one loads in milliseconds.
//
// libhyphen builds its pattern automaton from the text file on every load, through a hash
// table of fixed size: the German dictionary (77,902 patterns, 279,000 states) takes seconds.
// The automaton itself is plain data in hyphen.h's public structs, so kitpress saves it once in
// the user's cache and rebuilds the same structs from it, for libhyphen to use and free.
#pragma once
#include <string>

typedef struct _HyphenDict HyphenDict;

namespace kp {

// Loads the dictionary at `path`: from its cached copy when that is intact and was made from
// this very file (same size and modification time), else with hnj_hyphen_load, then refreshes
// the copy (unless the dictionary has replacement rules, which a copy cannot be checked for).
// nullptr when libhyphen cannot load the file. Free with free_hyphen_dictionary.
HyphenDict* load_hyphen_dictionary(const std::string& path);

// The bytes of the cached copy of `dict`, stamped with the source file's size and time.
std::string serialize_hyphen_dictionary(const HyphenDict& dict, long long source_size,
                                        long long source_time);

// Where serialized bytes come from: a file in the cache, which anyone with access to it may have
// changed, or the dictionary just loaded from its source.
enum class HyphenBytes { Cache, Source };

// Rebuilds a dictionary from serialize_hyphen_dictionary's bytes, each level in one block of
// memory; nullptr when they are damaged, of another format, or stamped for another size or
// time of the source. Bytes from the cache must also describe an automaton libhyphen can walk
// without leaving its arrays or looping (checked state by state). Free with
// free_hyphen_dictionary.
HyphenDict* deserialize_hyphen_dictionary(const std::string& bytes, long long source_size,
                                          long long source_time,
                                          HyphenBytes origin = HyphenBytes::Cache);

// Frees a dictionary from load_hyphen_dictionary or deserialize_hyphen_dictionary (not one from
// hnj_hyphen_load: libhyphen allocates each state's strings and transitions apart).
void free_hyphen_dictionary(HyphenDict* dict);

// Where the copy of the dictionary at `path` is kept; empty without a private cache folder.
std::string hyphen_cache_file(const std::string& path);

}  // namespace kp

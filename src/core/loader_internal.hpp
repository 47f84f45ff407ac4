// Helpers shared by the loader's files (loader.cpp, loader_national.cpp, loader_pack.cpp).
#pragma once
#include <string>
#include <vector>

#include "json_reader.hpp"
#include "loader.hpp"

namespace vv::detail {

extern const std::vector<std::string> kAllLangs;
// The answers a pack may branch on (SPEC §1.2, step variants).
extern const std::vector<const char*> kPackWhenKeys;

// A format-2 condition: {"stage": [...], "helped": [...], "consent": [...], "role": [...], "age": [min, max]}.
When read_when(const JsonReader& r, const JsonReader::Node& n, const std::vector<const char*>& keys);
std::vector<Link> read_links(const JsonReader& r, const JsonReader::Node& n, const std::vector<std::string>& langs);
Item read_item(const JsonReader& r, const JsonReader::Node& n, const std::vector<std::string>& langs,
               std::initializer_list<const char*> extra_optional = {});
// An entry's "actions": tags, each known (an empty list is an error naming `id`).
std::vector<Action> read_actions(const JsonReader& r, const JsonReader::Node& n, const std::string& id);

}  // namespace vv::detail

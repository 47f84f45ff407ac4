// Checked JSON reading with diagnostics (see json_reader.hpp).
#include "json_reader.hpp"

#include <algorithm>
#include <cstring>
#include <regex>

namespace vv {
using nlohmann::json;

namespace {
const json kNull;

std::string type_name(const json& j) { return j.type_name(); }
}  // namespace

bool is_valid_id(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!ok(id[0])) return false;
  return std::all_of(id.begin(), id.end(), [&](char c) { return ok(c) || c == '.' || c == '_' || c == '-'; });
}

bool is_valid_url(const std::string& url) {
  static const std::regex re(R"(^https?://[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+(:[0-9]+)?(/[^\s\\]*)?$)");
  return url.size() < 2000 && std::regex_match(url, re);
}

bool is_valid_date(const std::string& date) {
  static const std::regex re(R"(^(20[0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$)");
  return std::regex_match(date, re);
}

void JsonReader::error(const std::string& ptr, const char* c, const std::string& message) const {
  diags_.error(file_, line(ptr), c, message);
}

void JsonReader::add(const std::string& ptr, const char* c, const char* key, std::vector<std::string> args) const {
  diags_.add(Severity::error, file_, line(ptr), c, key, std::move(args));
}

std::string JsonReader::line_label(const std::string& ptr) const {
  std::string p = ptr;
  while (!p.empty()) {
    std::string last = p.substr(p.rfind('/') + 1);
    if (!last.empty() && last.find_first_not_of("0123456789") != std::string::npos) return last;
    p.erase(p.rfind('/'));
  }
  return "line " + std::to_string(line(ptr));
}

bool JsonReader::object(const Node& node, std::initializer_list<const char*> required,
                        std::initializer_list<const char*> optional) const {
  if (!node.json->is_object()) {
    error(node.ptr, code::kType, "expected an object at '" + node.ptr + "', found " + type_name(*node.json));
    return false;
  }
  for (const auto& entry : node.json->items()) {
    const std::string& key = entry.key();
    if (node.ptr.empty() && key == "$schema") continue;  // an editor's schema link, ignored
    auto match = [&](const char* k) { return key == k; };
    if (std::none_of(required.begin(), required.end(), match) && std::none_of(optional.begin(), optional.end(), match)) {
      std::string allowed;
      for (auto k : required) allowed += std::string(allowed.empty() ? "" : ", ") + k;
      for (auto k : optional) allowed += std::string(allowed.empty() ? "" : ", ") + k;
      error(pointer_child(node.ptr, key), code::kUnknownKey, "unknown key '" + key + "' (allowed: " + allowed + ")");
    }
  }
  for (auto k : required)
    if (!node.json->contains(k)) error(node.ptr, code::kMissingKey, std::string("missing key '") + k + "'");
  return true;
}

bool JsonReader::has(const Node& node, const char* key) const {
  return node.json->is_object() && node.json->contains(key);
}

JsonReader::Node JsonReader::child(const Node& node, const char* key) const {
  if (!has(node, key)) return {&kNull, pointer_child(node.ptr, key)};
  return {&(*node.json)[key], pointer_child(node.ptr, key)};
}

std::vector<JsonReader::Node> JsonReader::array(const Node& node, const char* key, bool required,
                                                bool non_empty) const {
  std::vector<Node> out;
  if (!has(node, key)) {
    if (required && node.json->is_object()) error(node.ptr, code::kMissingKey, std::string("missing key '") + key + "'");
    return out;
  }
  Node c = child(node, key);
  if (!c.json->is_array()) {
    error(c.ptr, code::kType, std::string("'") + key + "' must be a list, found " + type_name(*c.json));
    return out;
  }
  for (size_t i = 0; i < c.json->size(); ++i) out.push_back({&(*c.json)[i], pointer_child(c.ptr, i)});
  if (non_empty && out.empty()) error(c.ptr, code::kEmpty, std::string("'") + key + "' must not be empty");
  return out;
}

std::string JsonReader::string(const Node& node, const char* key, bool required) const {
  if (!has(node, key)) {
    if (required && node.json->is_object()) error(node.ptr, code::kMissingKey, std::string("missing key '") + key + "'");
    return {};
  }
  Node c = child(node, key);
  if (!c.json->is_string()) {
    error(c.ptr, code::kType, std::string("'") + key + "' must be a string, found " + type_name(*c.json));
    return {};
  }
  std::string s = c.json->get<std::string>();
  if (required && s.empty()) error(c.ptr, code::kEmpty, std::string("'") + key + "' must not be empty");
  return s;
}

std::string JsonReader::id(const Node& node, const char* key) const {
  std::string s = string(node, key, true);
  if (!s.empty() && !is_valid_id(s))
    error(child(node, key).ptr, code::kBadId, "id '" + s + "' must match [a-z0-9][a-z0-9._-]* (at most 64 characters)");
  return s;
}

int JsonReader::integer(const Node& node, const char* key, bool required, int fallback) const {
  if (!has(node, key)) {
    if (required && node.json->is_object()) error(node.ptr, code::kMissingKey, std::string("missing key '") + key + "'");
    return fallback;
  }
  Node c = child(node, key);
  if (!c.json->is_number_integer()) {
    error(c.ptr, code::kType, std::string("'") + key + "' must be a whole number, found " + type_name(*c.json));
    return fallback;
  }
  return c.json->get<int>();
}

std::vector<std::string> JsonReader::strings(const Node& node, const char* key, bool required) const {
  std::vector<std::string> out;
  for (const auto& n : array(node, key, required)) {
    if (!n.json->is_string()) {
      error(n.ptr, code::kType, std::string("entries of '") + key + "' must be strings, found " + type_name(*n.json));
      continue;
    }
    out.push_back(n.json->get<std::string>());
  }
  return out;
}

Text JsonReader::text_value(const Node& n, const std::vector<std::string>& langs) const {
  Text out;
  if (!n.json->is_object()) {
    error(n.ptr, code::kType, "expected a text object keyed by language ({\"nb\": \"...\"}), found " + type_name(*n.json));
    return out;
  }
  for (const auto& [lang, value] : n.json->items()) {
    if (!is_language(lang)) {
      error(pointer_child(n.ptr, lang), code::kUnknownKey, "unknown language '" + lang + "' (allowed: nb, nn, en)");
      continue;
    }
    if (!value.is_string()) {
      error(pointer_child(n.ptr, lang), code::kType, "text in '" + lang + "' must be a string");
      continue;
    }
    out[lang] = value.get<std::string>();
  }
  for (const auto& lang : langs) {
    auto it = out.find(lang);
    if (it == out.end())
      add(n.ptr, code::kMissingTranslation, "text.missing", {lang, line_label(n.ptr)});
    else if (it->second.find_first_not_of(" \t\n") == std::string::npos)
      add(pointer_child(n.ptr, lang), code::kEmpty, "text.empty", {lang, line_label(n.ptr)});
  }
  return out;
}

Text JsonReader::text(const Node& node, const char* key, bool required, const std::vector<std::string>& langs) const {
  if (!has(node, key)) {
    if (required && node.json->is_object()) error(node.ptr, code::kMissingKey, std::string("missing key '") + key + "'");
    return {};
  }
  return text_value(child(node, key), langs);
}

std::vector<Text> JsonReader::texts(const Node& node, const char* key, const std::vector<std::string>& langs) const {
  std::vector<Text> out;
  for (const auto& n : array(node, key, false)) out.push_back(text_value(n, langs));
  return out;
}

std::string JsonReader::date(const Node& node, const char* key) const {
  std::string s = string(node, key, true);
  if (!s.empty() && !is_valid_date(s))
    error(child(node, key).ptr, code::kBadDate, std::string("'") + key + "' must be a date YYYY-MM-DD, found '" + s + "'");
  return s;
}

std::string JsonReader::url(const Node& node, const char* key, bool required) const {
  std::string s = string(node, key, required);
  if (!s.empty() && !is_valid_url(s))
    error(child(node, key).ptr, code::kBadUrl, "'" + s + "' is not an absolute http(s) URL with a host");
  return s;
}

Condition JsonReader::condition(const Node& n) const {
  Condition out;
  if (!n.json->is_object()) {
    error(n.ptr, code::kType, "a condition must be an object {\"key\": [\"value\", ...]}");
    return out;
  }
  for (const auto& [key, values] : n.json->items()) {
    Node v{&values, pointer_child(n.ptr, key)};
    if (!values.is_array() || values.empty()) {
      error(v.ptr, code::kType, "condition on '" + key + "' must be a non-empty list of values");
      continue;
    }
    for (const auto& x : values) {
      if (!x.is_string()) {
        error(v.ptr, code::kType, "condition values must be strings");
        continue;
      }
      out[key].push_back(x.get<std::string>());
    }
  }
  return out;
}

AnyOf JsonReader::any_of(const Node& node, const char* key) const {
  AnyOf out;
  for (const auto& n : array(node, key, false)) out.push_back(condition(n));
  return out;
}

}  // namespace vv

// A checked reader over one parsed JSON file: every getter reports what is wrong (unknown
// or missing key, wrong type, missing translation) with file and line, and returns a
// usable default, so loading goes on and all problems are reported at once.
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diagnostics.hpp"
#include "json_lines.hpp"
#include "model.hpp"

namespace vv {

class JsonReader {
 public:
  JsonReader(std::string file, const LineMap& lines, Diagnostics& diags)
      : file_(std::move(file)), lines_(lines), diags_(diags) {}

  struct Node {
    const nlohmann::json* json;
    std::string ptr;
  };

  const std::string& file() const { return file_; }
  int line(const std::string& ptr) const { return lines_.line_of(ptr); }
  void error(const std::string& ptr, const char* code, const std::string& message) const;
  // A message from the author table (diag_text.cpp), translated when printed.
  void add(const std::string& ptr, const char* code, const char* key, std::vector<std::string> args) const;
  // A short name for the value at `ptr` for messages: its key ("text", "who"), or its line.
  std::string line_label(const std::string& ptr) const;

  // Checks that `node` is an object (the top-level object may also hold "$schema", for editors) with no keys beyond `required` and `optional`, and all of `required`.
  bool object(const Node& node, std::initializer_list<const char*> required,
              std::initializer_list<const char*> optional) const;
  bool has(const Node& node, const char* key) const;
  Node child(const Node& node, const char* key) const;
  std::vector<Node> array(const Node& node, const char* key, bool required, bool non_empty = false) const;

  std::string string(const Node& node, const char* key, bool required) const;
  std::string id(const Node& node, const char* key) const;  // required, checked id syntax
  int integer(const Node& node, const char* key, bool required, int fallback = 0) const;
  std::vector<std::string> strings(const Node& node, const char* key, bool required) const;
  // A text: object keyed by language, each language in `langs` present and non-empty.
  Text text(const Node& node, const char* key, bool required, const std::vector<std::string>& langs) const;
  Text text_value(const Node& node, const std::vector<std::string>& langs) const;
  std::vector<Text> texts(const Node& node, const char* key, const std::vector<std::string>& langs) const;
  std::string date(const Node& node, const char* key) const;  // required YYYY-MM-DD
  std::string url(const Node& node, const char* key, bool required) const;
  AnyOf any_of(const Node& node, const char* key) const;
  Condition condition(const Node& node) const;

 private:
  std::string file_;
  const LineMap& lines_;
  Diagnostics& diags_;
};

bool is_valid_id(const std::string& id);
bool is_valid_url(const std::string& url);
bool is_valid_date(const std::string& date);

}  // namespace vv

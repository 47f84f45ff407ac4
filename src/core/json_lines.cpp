// The JSON line scanner (see json_lines.hpp).
#include "json_lines.hpp"

#include <vector>

namespace vv {

std::string pointer_child(const std::string& parent, std::string_view token) {
  std::string out = parent + "/";
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

std::string pointer_child(const std::string& parent, size_t index) { return parent + "/" + std::to_string(index); }

int LineMap::line_at_offset(std::string_view text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return line;
}

int LineMap::line_of(const std::string& pointer) const {
  std::string p = pointer;
  while (true) {
    if (auto it = lines_.find(p); it != lines_.end()) return it->second;
    if (p.empty()) return 1;
    p.erase(p.rfind('/'));
  }
}

bool LineMap::scan(std::string_view text) {
  struct Frame {
    bool array;
    size_t index;
    std::string ptr;
    std::string key;  // object: the key whose value comes next
  };
  std::vector<Frame> stack;
  int line = 1;
  size_t i = 0;
  bool expect_key = false;

  auto value_pointer = [&]() -> std::string {
    if (stack.empty()) return "";
    const Frame& f = stack.back();
    return f.array ? pointer_child(f.ptr, f.index) : pointer_child(f.ptr, f.key);
  };
  auto read_string = [&](std::string* out) -> bool {
    ++i;  // opening quote
    while (i < text.size()) {
      char c = text[i];
      if (c == '\n') ++line;
      if (c == '\\') {
        if (i + 1 >= text.size()) return false;
        if (out) {
          char e = text[i + 1];
          out->push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e);
        }
        i += 2;
        continue;
      }
      if (c == '"') {
        ++i;
        return true;
      }
      if (out) out->push_back(c);
      ++i;
    }
    return false;
  };

  while (i < text.size()) {
    char c = text[i];
    if (c == '\n') {
      ++line;
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == ':') {
      ++i;
      continue;
    }
    if (c == ',') {
      if (!stack.empty()) {
        if (stack.back().array)
          ++stack.back().index;
        else
          expect_key = true;
      }
      ++i;
      continue;
    }
    if (c == '}' || c == ']') {
      if (stack.empty()) return false;
      stack.pop_back();
      expect_key = false;
      ++i;
      continue;
    }
    if (expect_key) {
      if (c != '"') return false;
      std::string key;
      if (!read_string(&key)) return false;
      stack.back().key = key;
      expect_key = false;
      continue;
    }
    std::string ptr = value_pointer();
    lines_.emplace(ptr, line);
    if (c == '{' || c == '[') {
      stack.push_back({c == '[', 0, ptr, {}});
      if (static_cast<int>(stack.size()) > max_depth_) max_depth_ = static_cast<int>(stack.size());
      if (max_depth_ > kMaxContentDepth) return false;  // refused anyway; stop before pointers grow
      expect_key = (c == '{');
      ++i;
      // empty object: the next char closes it
      if (c == '{') {
        size_t j = i;
        while (j < text.size() && (text[j] == ' ' || text[j] == '\n' || text[j] == '\t' || text[j] == '\r')) ++j;
        if (j < text.size() && text[j] == '}') expect_key = false;
      }
      continue;
    }
    if (c == '"') {
      if (!read_string(nullptr)) return false;
      continue;
    }
    // number, true, false, null
    while (i < text.size() && text[i] != ',' && text[i] != '}' && text[i] != ']' && text[i] != '\n' &&
           text[i] != ' ' && text[i] != '\t' && text[i] != '\r')
      ++i;
  }
  return stack.empty();
}

}  // namespace vv

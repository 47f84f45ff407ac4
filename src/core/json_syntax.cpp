// The tolerant syntax scanner (see json_syntax.hpp): a tokenizer that names what a word
// processor or a hand edit leaves behind, then a recovering parser over the tokens.
#include "json_syntax.hpp"

#include <cctype>
#include <map>
#include <vector>

namespace vv {
namespace {

enum class Tok { open_obj, close_obj, open_arr, close_arr, colon, comma, string, number, literal, word, end };

struct Token {
  Tok kind;
  int line;
  std::string text;  // string contents (raw), number or word
};

constexpr size_t kMaxReports = 60;  // a hopelessly broken file does not flood the screen
constexpr int kMaxDepth = 64;

// Length of a typographic quote at `i` (“ ” „ ‘ ’ « »), or 0.
size_t smart_quote(std::string_view t, size_t i) {
  auto u = [&](size_t k) { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0u; };
  if (u(0) == 0xE2 && u(1) == 0x80 && (u(2) == 0x9C || u(2) == 0x9D || u(2) == 0x9E || u(2) == 0x98 || u(2) == 0x99))
    return 3;
  if (u(0) == 0xC2 && (u(1) == 0xAB || u(1) == 0xBB)) return 2;
  return 0;
}

// Length of a valid UTF-8 sequence at `i`, or 0.
size_t utf8_len(std::string_view t, size_t i) {
  auto u = [&](size_t k) { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0u; };
  auto cont = [&](size_t k) { return (u(k) & 0xC0) == 0x80; };
  unsigned c = u(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF && cont(1)) return 2;
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) return 3;
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) return 4;
  return 0;
}

// `s` with every byte that is not valid UTF-8 replaced by '?', safe to print.
std::string printable(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t n = utf8_len(s, i);
    out += n ? s.substr(i, n) : "?";
    i += n ? n : 1;
  }
  return out.size() > 40 ? out.substr(0, 40) + "..." : out;
}

class Scanner {
 public:
  Scanner(const std::string& path, std::string_view text, Diagnostics& d) : path_(path), t_(text), d_(d) {}

  SyntaxResult run() {
    check_encoding();
    tokenize();
    size_t pos = 0;
    if (toks_[pos].kind == Tok::end) {
      report(1, code::kJson, "syntax.empty", {});
    } else {
      value(pos, 0);
      if (toks_[pos].kind != Tok::end)
        report(toks_[pos].line, code::kJson, "syntax.after_end", {std::to_string(last_line_)});
    }
    return res_;
  }

 private:
  void report(int line, const char* c, const char* key, std::vector<std::string> args) {
    if (c == code::kDuplicateKey) ++res_.duplicate_keys; else ++res_.errors;
    if (reports_++ < kMaxReports) d_.add(Severity::error, path_, line, c, key, std::move(args));
  }

  void check_encoding() {
    int line = 1, reported_line = 0;
    for (size_t i = 0; i < t_.size();) {
      if (t_[i] == '\n') ++line;
      size_t n = utf8_len(t_, i);
      if (n == 0) {
        if (line != reported_line) report(line, code::kEncoding, "syntax.utf8", {});
        reported_line = line;
        n = 1;
      }
      i += n;
    }
  }

  void push(Tok k, int line, std::string s = {}) { toks_.push_back({k, line, std::move(s)}); }

  void tokenize() {
    int line = 1;
    size_t i = 0;
    if (t_.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // a byte order mark is harmless
    while (i < t_.size()) {
      char c = t_[i];
      if (c == '\n') { ++line; ++i; continue; }
      if (c == ' ' || c == '\t' || c == '\r') { ++i; continue; }
      switch (c) {
        case '{': push(Tok::open_obj, line); ++i; continue;
        case '}': push(Tok::close_obj, line); ++i; continue;
        case '[': push(Tok::open_arr, line); ++i; continue;
        case ']': push(Tok::close_arr, line); ++i; continue;
        case ':': push(Tok::colon, line); ++i; continue;
        case ',': push(Tok::comma, line); ++i; continue;
        default: break;
      }
      if (c == '/' && i + 1 < t_.size() && t_[i + 1] == '/') {
        report(line, code::kJson, "syntax.comment_line", {});
        while (i < t_.size() && t_[i] != '\n') ++i;
        continue;
      }
      if (c == '/' && i + 1 < t_.size() && t_[i + 1] == '*') {
        report(line, code::kJson, "syntax.comment_block", {});
        size_t e = t_.find("*/", i + 2);
        size_t stop = e == std::string_view::npos ? t_.size() : e + 2;
        for (; i < stop; ++i) if (t_[i] == '\n') ++line;
        continue;
      }
      if (c == '"') { string(i, line); continue; }
      if (c == '\'' || smart_quote(t_, i)) { odd_string(i, line); continue; }
      if (c == '-' || (c >= '0' && c <= '9')) {
        size_t s = i;
        while (i < t_.size() && (std::isdigit(static_cast<unsigned char>(t_[i])) || std::string_view("+-.eE").find(t_[i]) != std::string_view::npos)) ++i;
        push(Tok::number, line, std::string(t_.substr(s, i - s)));
        continue;
      }
      if (std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 || c == '_') {
        size_t s = i;
        while (i < t_.size() && std::string_view(" \t\r\n,:{}[]\"").find(t_[i]) == std::string_view::npos) ++i;
        std::string w(t_.substr(s, i - s));
        bool lit = w == "true" || w == "false" || w == "null";
        if (!lit) report(line, code::kJson, "syntax.word", {printable(w)});
        push(lit ? Tok::literal : Tok::word, line, w);
        continue;
      }
      report(line, code::kJson, "syntax.char", {std::string(1, c)});
      ++i;
    }
    push(Tok::end, line);
  }

  // A "..." string; an unclosed one ends at the end of its line.
  void string(size_t& i, int& line) {
    int start = line;
    size_t s = ++i;
    while (i < t_.size() && t_[i] != '"' && t_[i] != '\n') {
      if (t_[i] == '\\' && i + 1 < t_.size() && t_[i + 1] != '\n') {
        if (std::string_view("\"\\/bfnrtu").find(t_[i + 1]) == std::string_view::npos)
          report(line, code::kJson, "syntax.escape", {std::string(1, t_[i + 1])});
        ++i;
      } else if (t_[i] == '\t') {
        report(line, code::kJson, "syntax.tab", {});
      }
      ++i;
    }
    std::string body(t_.substr(s, i - s));
    if (i < t_.size() && t_[i] == '"') ++i; else report(start, code::kJson, "syntax.unclosed_string", {});
    push(Tok::string, start, body);
  }

  // A string opened by ' or a typographic quote: named, then read as if it were "...".
  void odd_string(size_t& i, int& line) {
    bool single = t_[i] == '\'';
    report(line, code::kJson, single ? "syntax.single_quote" : "syntax.smart_quote", {});
    i += single ? 1 : smart_quote(t_, i);
    size_t s = i;
    while (i < t_.size() && t_[i] != '\n' && t_[i] != '"' && !(single ? t_[i] == '\'' : smart_quote(t_, i) > 0)) ++i;
    std::string body(t_.substr(s, i - s));
    if (i < t_.size() && t_[i] != '\n') i += t_[i] == '"' || t_[i] == '\'' ? 1 : smart_quote(t_, i);
    push(Tok::string, line, body);
  }

  bool is_value_start(Tok k) {
    return k == Tok::open_obj || k == Tok::open_arr || k == Tok::string || k == Tok::number || k == Tok::literal || k == Tok::word;
  }

  void value(size_t& p, int depth) {
    const Token& tk = toks_[p];
    if (tk.kind == Tok::open_obj || tk.kind == Tok::open_arr) {
      if (depth > kMaxDepth) { report(tk.line, code::kTooLarge, "syntax.deep", {}); p = toks_.size() - 1; return; }
      ++p;
      tk.kind == Tok::open_obj ? object(p, tk.line, depth + 1) : array(p, tk.line, depth + 1);
      return;
    }
    if (tk.kind == Tok::string || tk.kind == Tok::number || tk.kind == Tok::literal || tk.kind == Tok::word) {
      last_line_ = tk.line;
      ++p;
      return;
    }
    report(tk.line, code::kJson, "syntax.no_value", {std::to_string(last_line_)});
  }

  // After a member or element: a comma, the closing bracket, or a missing comma.
  // Returns false when the container is finished (closed or cut off).
  bool separator(size_t& p, Tok close, int open_line, bool& trailing_possible) {
    const Token& tk = toks_[p];
    if (tk.kind == Tok::comma) {
      ++p;
      trailing_possible = true;
      if (toks_[p].kind == close) {
        report(tk.line, code::kJson, "syntax.trailing_comma", {std::to_string(tk.line)});
        ++p;
        return false;
      }
      return true;
    }
    if (tk.kind == close) { ++p; return false; }
    if (tk.kind == Tok::end) {
      report(tk.line, code::kJson, close == Tok::close_obj ? "syntax.unclosed_object" : "syntax.unclosed_array",
             {std::to_string(open_line)});
      return false;
    }
    if (is_value_start(tk.kind)) {
      report(tk.line, code::kJson, "syntax.missing_comma", {std::to_string(last_line_)});
      return true;
    }
    // the other closing bracket: the author closed the wrong thing
    report(tk.line, code::kJson, close == Tok::close_obj ? "syntax.wrong_close_object" : "syntax.wrong_close_array",
           {std::to_string(open_line)});
    ++p;
    return false;
  }

  void object(size_t& p, int open_line, int depth) {
    std::map<std::string, int> keys;
    if (toks_[p].kind == Tok::close_obj) { last_line_ = toks_[p].line; ++p; return; }
    bool trailing = false;
    while (true) {
      const Token& k = toks_[p];
      if (k.kind == Tok::end) {
        report(k.line, code::kJson, "syntax.unclosed_object", {std::to_string(open_line)});
        return;
      }
      if (k.kind == Tok::string || k.kind == Tok::word) {
        if (k.kind == Tok::word) report(k.line, code::kJson, "syntax.key_quotes", {k.text});
        auto [it, fresh] = keys.emplace(k.text, k.line);
        if (!fresh) report(k.line, code::kDuplicateKey, "syntax.duplicate_key", {k.text, std::to_string(it->second)});
        last_line_ = k.line;
        ++p;
        if (toks_[p].kind == Tok::colon) ++p;
        else report(toks_[p].line, code::kJson, "syntax.missing_colon", {k.text});
      } else if (is_value_start(k.kind)) {
        report(k.line, code::kJson, "syntax.no_key", {});
      } else if (k.kind != Tok::comma && k.kind != Tok::colon) {
        // a closing bracket where a key should be
        if (!separator(p, Tok::close_obj, open_line, trailing)) return;
        continue;
      } else {
        report(k.line, code::kJson, "syntax.no_value", {std::to_string(last_line_)});
        ++p;
        continue;
      }
      value(p, depth);
      last_line_ = toks_[p > 0 ? p - 1 : 0].line;
      if (!separator(p, Tok::close_obj, open_line, trailing)) return;
    }
  }

  void array(size_t& p, int open_line, int depth) {
    if (toks_[p].kind == Tok::close_arr) { last_line_ = toks_[p].line; ++p; return; }
    bool trailing = false;
    while (true) {
      const Token& k = toks_[p];
      if (k.kind == Tok::end) {
        report(k.line, code::kJson, "syntax.unclosed_array", {std::to_string(open_line)});
        return;
      }
      if (is_value_start(k.kind)) {
        value(p, depth);
        last_line_ = toks_[p > 0 ? p - 1 : 0].line;
      } else if (k.kind == Tok::comma || k.kind == Tok::colon) {
        report(k.line, code::kJson, "syntax.no_value", {std::to_string(last_line_)});
        ++p;
        continue;
      }
      if (!separator(p, Tok::close_arr, open_line, trailing)) return;
    }
  }

  const std::string& path_;
  std::string_view t_;
  Diagnostics& d_;
  std::vector<Token> toks_;
  SyntaxResult res_;
  size_t reports_ = 0;
  int last_line_ = 1;
};

}  // namespace

SyntaxResult check_json_syntax(const std::string& path, std::string_view text, Diagnostics& diags) {
  return Scanner(path, text, diags).run();
}

}  // namespace vv

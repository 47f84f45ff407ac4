// The call block as HTML and tel: links in page text (see html_call.hpp).
#include "html_call.hpp"

#include <algorithm>
#include <cctype>

#include "html_site.hpp"

namespace vv {
namespace {

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::string tel_a(const std::string& phone, const std::string& inner_html) {
  return "<a href=\"" + html_escape(tel_uri(phone)) + "\">" + inner_html + "</a>";
}

// The forms a phone is matched in, longest first: as written and as its bare digits.
std::vector<std::string> forms(const std::vector<std::string>& phones) {
  std::vector<std::string> out;
  for (const auto& p : phones) {
    std::string bare = tel_uri(p).substr(4);
    for (const std::string& f : {p, bare})
      if (f.size() >= 3 && std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
  }
  std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

// Text between tags: a phone preceded by none of digit + - / . and followed by neither a digit
// nor one of - / . , and a digit (so "2025-12-19-113", "1120" and "113.5" stay as they are).
std::string link_text(const std::string& t, const std::vector<std::string>& fs) {
  std::string out;
  size_t i = 0;
  while (i < t.size()) {
    if (t[i] == '&') {  // an entity such as &#39; is copied whole
      size_t semi = t.find(';', i);
      size_t end = semi == std::string::npos ? t.size() : semi + 1;
      out.append(t, i, end - i);
      i = end;
      continue;
    }
    bool starts = (digit(t[i]) || t[i] == '+') && (i == 0 || (!digit(t[i - 1]) && std::string("+-/.").find(t[i - 1]) == std::string::npos));
    const std::string* hit = nullptr;
    if (starts)
      for (const auto& f : fs) {
        if (t.compare(i, f.size(), f) != 0) continue;
        size_t e = i + f.size();
        bool ends = e == t.size() || (!digit(t[e]) && !(std::string("-/.,").find(t[e]) != std::string::npos && e + 1 < t.size() && digit(t[e + 1])));
        if (ends) {
          hit = &f;
          break;
        }
      }
    if (hit) {
      out += tel_a(*hit, *hit);
      i += hit->size();
    } else {
      out += t[i++];
    }
  }
  return out;
}

}  // namespace

std::string call_block_html(const std::vector<CallBlock>& blocks, int level) {
  if (blocks.empty()) return "";
  const CallBlock& b = blocks.front();
  const std::string h = "h" + std::to_string(std::clamp(level, 1, 3));
  bool red = std::any_of(blocks.begin(), blocks.end(), [](const CallBlock& x) { return x.red; });
  std::string s = "<section class=\"call-now" + std::string(red ? "" : " amber") + "\">\n<" + h + ">" + html_escape(b.title) + "</" + h + ">\n";
  if (!b.lead.empty()) {
    s += "<ul class=\"lead\">\n";
    for (const auto& line : b.lead) s += "<li><b>" + html_escape(line) + "</b></li>\n";
    s += "</ul>\n";
  }
  s += "<p class=\"call-label\"><b>" + html_escape(b.call) + ":</b></p>\n<ul class=\"call\">\n";
  for (const auto& c : b.numbers)
    s += "<li>" + tel_a(c.phone, "<span class=\"num\">" + html_escape(c.phone) + "</span> <span class=\"name\">" + html_escape(c.name) + "</span>") + "</li>\n";
  s += "</ul>\n";
  for (const auto& n : b.notices) s += "<p class=\"notice\"><b>" + html_escape(n) + "</b></p>\n";
  s += "<p class=\"rule\"><b>" + html_escape(b.rule) + "</b><br>" + html_escape(b.rule_why) + "</p>\n";
  for (size_t i = 1; i < blocks.size(); ++i)
    s += "<p class=\"rule also\"><b>" + html_escape(blocks[i].title) + ":</b> " + html_escape(blocks[i].rule) + ". " + html_escape(blocks[i].rule_why) + "</p>\n";
  return s + "</section>\n";
}

std::string with_tel_links(const std::string& html, const std::vector<std::string>& phones) {
  const std::vector<std::string> fs = forms(phones);
  std::string out;
  int skip = 0;  // depth inside <a>, <svg>, <style>, <title>
  size_t i = 0;
  while (i < html.size()) {
    size_t lt = html.find('<', i);
    std::string text = html.substr(i, (lt == std::string::npos ? html.size() : lt) - i);
    out += skip > 0 ? text : link_text(text, fs);
    if (lt == std::string::npos) break;
    size_t gt = html.find('>', lt);
    if (gt == std::string::npos) gt = html.size() - 1;
    std::string tag = html.substr(lt, gt - lt + 1);
    out += tag;
    std::string name;
    for (size_t k = (tag.size() > 1 && tag[1] == '/') ? 2 : 1; k < tag.size() && std::isalnum(static_cast<unsigned char>(tag[k])); ++k)
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(tag[k])));
    if (name == "a" || name == "svg" || name == "style" || name == "title") {
      if (tag[1] == '/') skip = std::max(0, skip - 1);
      else if (tag[tag.size() - 2] != '/') ++skip;
    }
    i = gt + 1;
  }
  return out;
}

}  // namespace vv

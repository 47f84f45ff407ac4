// Text checks behind the safety rules (see safety_text.hpp).
#include "safety_text.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace vv {
namespace {

using Groups = std::vector<std::vector<std::string_view>>;

const Groups& exception_groups(std::string_view lang) {
  static const Groups nb = {{"vold"}, {"overgrep"}, {"truss", "trusl"}, {"fare"}, {"etterforsk", "undersøk"}};
  static const Groups nn = {{"vald"}, {"overgrep"}, {"truga", "trugs", "truslar"}, {"fare"}, {"etterforsk", "undersøk"}};
  static const Groups en = {{"violence"}, {"abuse"}, {"threat"}, {"risk", "danger"}, {"investigat"}};
  if (lang == "nn") return nn;
  if (lang == "en") return en;
  return nb;
}

bool contains_any(const std::string& folded, const std::vector<std::string_view>& words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return folded.find(w) != std::string::npos; });
}

}  // namespace

std::string fold_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char ch = static_cast<unsigned char>(text[i]);
    if (ch >= 'A' && ch <= 'Z') {
      out += static_cast<char>(ch - 'A' + 'a');
    } else if (ch == 0xC3 && i + 1 < text.size()) {
      unsigned char next = static_cast<unsigned char>(text[i + 1]);
      // Æ C3 86 -> æ C3 A6, Ø C3 98 -> ø C3 B8, Å C3 85 -> å C3 A5
      if (next == 0x86 || next == 0x98 || next == 0x85) next = static_cast<unsigned char>(next + 0x20);
      out += static_cast<char>(ch);
      out += static_cast<char>(next);
      ++i;
    } else {
      out += static_cast<char>(ch);
    }
  }
  return out;
}

std::string missing_parent_exception_group(std::string_view text, std::string_view lang) {
  std::string folded = fold_case(text);
  for (const auto& group : exception_groups(lang))
    if (!contains_any(folded, group)) {
      std::string words;
      for (auto w : group) {
        if (!words.empty()) words += '/';  // not `"/" + std::string(w)`: GCC 12 -Wrestrict false positive (GCC bug 105651)
        words += w;
      }
      return words;
    }
  return "";
}

bool has_parent_exception(std::string_view text, std::string_view lang) {
  return missing_parent_exception_group(text, lang).empty();
}

bool names_youth_consent(std::string_view text, std::string_view lang) {
  std::string folded = fold_case(text);
  static const std::vector<std::string_view> nb = {"den unges samtykke", "samtykke fra den unge", "samtykke frå den unge",
                                                   "den unge sitt samtykke", "den unge samtykker", "young person's consent",
                                                   "young person consents"};
  (void)lang;  // the phrases of all three languages are accepted in any
  return contains_any(folded, nb);
}

bool names_parents(std::string_view text, std::string_view lang) {
  (void)lang;
  static const std::vector<std::string_view> words = {"foreld", "foresatt", "føresett", "parent"};
  return contains_any(fold_case(text), words);
}

std::optional<std::string> internal_reference(std::string_view text) {
  static const std::vector<std::string_view> markers = {"SPEC", "spec §", "lov-id", ".json", ".txt", "content/",
                                                        "src/",  "tests/", "nat.",   "E_"};
  for (auto m : markers) {
    auto pos = text.find(m);
    if (pos == std::string_view::npos) continue;
    // "nat." only as an id prefix (not "nat." ending a word like "Helsedirektoratet.")
    if (m == "nat." && pos > 0 && (std::isalnum(static_cast<unsigned char>(text[pos - 1])) || text[pos - 1] == '-')) continue;
    if (m == "E_" && pos > 0 && std::isalnum(static_cast<unsigned char>(text[pos - 1]))) continue;
    return std::string(m);
  }
  return std::nullopt;
}

}  // namespace vv

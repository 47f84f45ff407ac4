// Claims, placeholders and national duplicates of a pack (see author_checks.hpp).
#include "author_checks.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <ctime>
#include <set>

#include "json_reader.hpp"

namespace vv {
namespace {

const char* kPlaceholder = "FYLL INN";

// Words every parent item must carry (the exception of SPEC's parent rule and the young
// person's consent): two items sharing only these do not say the same.
const std::set<std::string> kStopWords = {
    "ikke", "først", "mistanke", "vold", "seksuelle", "overgrep", "trusler", "eller", "sette", "barnet", "fare",
    "hindre", "etterforskning", "etterforsking", "helsetjenesten", "helsepersonell", "bare", "berre", "unges",
    "samtykke", "ungdom", "foreldrene", "foreldra", "foresatte", "kontakter", "barnevernstjenesten", "barnevernet",
    "politiet", "familien", "står", "andre", "ikkje", "dette", "også", "skal", "kontakt"};

// Lower-case words of four letters or more (bytes >= 0x80 count as letters: æ, ø, å).
std::set<std::string> words(const std::string& s) {
  std::set<std::string> out;
  std::string w;
  auto flush = [&] {
    if (w.size() >= 4 && !kStopWords.count(w)) out.insert(w);
    w.clear();
  };
  for (unsigned char ch : s) {
    if (std::isalpha(ch) || ch >= 0x80)
      w += static_cast<char>(std::tolower(ch));
    else
      flush();
  }
  flush();
  return out;
}

// Calls f(what, line, text) for every text and free-text field an author fills in.
template <typename F>
void each_author_text(const Pack& p, F f) {
  auto text = [&](const std::string& what, int line, const Text& t) {
    for (const auto& [lang, s] : t) f(what, line, s);
  };
  text("navnet (name)", p.line, p.name);
  text("tittelen (title)", p.line, p.title);
  text("innledningen (intro)", p.line, p.intro);
  for (const auto* s : {&p.owner, &p.version, &p.source_file, &p.source_title}) f("eier, versjon eller kilde (owner, version, source)", p.line, *s);
  for (const auto& sec : p.sections) {
    text("avsnittet '" + sec.id + "'", sec.line, sec.title);
    f("avsnittet '" + sec.id + "'", sec.line, sec.source);
    for (const auto& par : sec.paragraphs) text("avsnittet '" + sec.id + "'", sec.line, par);
  }
  for (const auto& st : p.steps) {
    for (const auto* t : {&st.name, &st.title, &st.summary, &st.next_text}) text("steget '" + st.id + "'", st.line, *t);
    f("steget '" + st.id + "'", st.line, st.source);
    for (const auto& tip : st.tips) text("steget '" + st.id + "'", st.line, tip.text);
    for (const auto& t : st.tools) text("steget '" + st.id + "'", st.line, t);
    for (const auto& it : st.items) {
      for (const auto* t : {&it.text, &it.who, &it.how}) text("punktet '" + it.id + "'", it.line, *t);
      f("punktet '" + it.id + "'", it.line, it.source);
      for (const auto& t : it.tools) text("punktet '" + it.id + "'", it.line, t);
    }
  }
  for (const auto& [stage, m] : p.stages)
    for (const auto& v : m.variants) text("situasjonen '" + std::string(to_string(stage)) + "'", v.line, v.note);
}

}  // namespace

std::string today_iso() {
  if (const char* env = std::getenv("VEIVISER_TODAY"); env && *env) return env;
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string newest_law_check(const Content& c) {
  std::string newest;
  for (const auto& l : c.laws) newest = std::max(newest, l.checked);
  return newest;
}

bool plausible_source_file(const std::string& name, bool local) {
  if (name.rfind("https://", 0) == 0 || name.rfind("http://", 0) == 0) return is_valid_url(name);
  auto dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0) return false;
  std::string ext = name.substr(dot + 1);
  for (auto& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  static const std::set<std::string> exts = {"pdf", "docx", "doc", "odt", "rtf", "txt", "html", "htm", "md"};
  if (!exts.count(ext)) return false;
  if (!local) return true;
  // a human name has a word; a machine name (000_0e15e44c010ab680) has only digits and hex runs
  int run = 0;
  for (size_t i = 0; i < dot; ++i) {
    unsigned char ch = static_cast<unsigned char>(name[i]);
    run = (std::isalpha(ch) || ch >= 0x80) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

bool similar_items(const OutcomeItem& a, const OutcomeItem& b) {
  auto ta = a.actions, tb = b.actions;
  std::sort(ta.begin(), ta.end());
  std::sort(tb.begin(), tb.end());
  if (ta != tb) return false;
  auto wa = words(a.text), wb = words(b.text);
  if (wa.empty() || wb.empty()) return false;
  size_t common = 0;
  for (const auto& w : wa) common += wb.count(w);
  return common * 2 >= std::min(wa.size(), wb.size());  // half of the shorter text's words
}

void check_pack_claims(const Content& c, const Pack& p, Diagnostics& d) {
  const std::string newest = newest_law_check(c), today = today_iso();
  if (is_valid_date(p.laws_checked)) {
    if (!newest.empty() && p.laws_checked > newest)
      d.add(Severity::error, p.file, p.line, code::kLawsChecked, "laws_checked.later", {p.laws_checked, newest});
    else if (p.laws_checked > today)
      d.add(Severity::error, p.file, p.line, code::kLawsChecked, "laws_checked.future", {p.laws_checked, today});
  }
  if (!p.source_file.empty() && !plausible_source_file(p.source_file, p.local))
    d.add(Severity::error, p.file, p.line, code::kBadSource, "source.file", {p.source_file});
  std::set<std::string> seen;
  each_author_text(p, [&](const std::string& what, int line, const std::string& s) {
    auto at = s.find(kPlaceholder);
    if (at == std::string::npos || !seen.insert(what + "\n" + s).second) return;
    std::string hint = s.substr(at + std::string(kPlaceholder).size());
    hint.erase(0, hint.find_first_not_of(": "));
    d.add(Severity::error, p.file, line, code::kPlaceholder, "placeholder", {what, hint});
  });
}

void check_national_duplicates(const Content& c, const Pack& p, Diagnostics& d) {
  std::set<std::string> warned;
  for (const auto& ex : stage_examples(c, p).examples) {
    auto o = stage_view(c, p, ex.stage, ex.answers, p.language);
    if (!o) continue;
    for (const auto& own : o->items) {
      if (own.national || warned.count(own.id)) continue;
      for (const auto& nat : o->items)
        if (nat.national && similar_items(own, nat)) {
          warned.insert(own.id);
          const Item* it = p.find_item(own.id);
          d.add(Severity::warning, p.file, it ? it->line : 1, code::kDuplicateNational, "dup_national",
                {own.id, nat.id, std::string(to_string(ex.stage))});
          break;
        }
    }
  }
}

}  // namespace vv

// Unit tests of the acute take-aways: the call block (numbers to call now, parents rule), tel:
// URIs and tel: links in HTML text, the print date and "Side n av m" in nb/nn/en, and an English
// acute sheet read back with pdftotext (no shipped pack is in English, so the CLI tests cannot).
#pragma GCC diagnostic ignored "-Wrestrict"  // GCC bug 105651, as in test_export_unit.cpp

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "call_block.hpp"
#include "html_call.hpp"
#include "pdf.hpp"
#include "print_date.hpp"

using namespace vv;

namespace {

Outcome acute_outcome(Stage stage, const std::string& lang) {
  Outcome o;
  o.pack_id = "test";
  o.pack_name = "Testkommune";
  o.pack_title = "Rutine";
  o.pack_version = "1.0";
  o.laws_checked = "2026-12-01";
  o.lang = o.text_lang = lang;
  o.stage = stage;
  o.stage_name = "Acute";
  o.step_name = "Step";
  for (int i = 0; i < 30; ++i) {
    OutcomeItem it;
    it.id = "i" + std::to_string(i);
    it.text = "Item number " + std::to_string(i + 1) + " of the checklist, long enough to take two lines on the sheet when it is typeset in the body size.";
    it.who = "You";
    it.source = "Test";
    o.items.push_back(it);
  }
  o.contacts = {{"a", "Police – emergency number", "112", "", "emergency", false},
                {"b", "Testkommune child welfare service", "12 34 56 78", "", "child_welfare", true},
                {"c", "Police (non-emergency)", "02800", "", "police", false}};
  return o;
}

// pdftotext of `pdf` (page `page`, 0 = all) in reading order, whitespace folded.
std::string pdf_text(const std::string& pdf, int page = 0) {
  char tmpl[] = "/tmp/vv-acute-unit-XXXXXX";
  char* dir = mkdtemp(tmpl);
  REQUIRE(dir != nullptr);
  std::string path = std::string(dir) + "/s.pdf";
  std::ofstream(path, std::ios::binary) << pdf;
  std::string cmd = "pdftotext -enc UTF-8 -raw " + (page ? "-f " + std::to_string(page) + " -l " + std::to_string(page) + " " : std::string()) + "'" + path + "' - 2>/dev/null";
  std::string out;
  if (FILE* f = popen(cmd.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    pclose(f);
  }
  std::filesystem::remove_all(dir);
  std::string flat;
  for (char ch : out) {
    bool ws = ch == '\n' || ch == ' ' || ch == '\f' || ch == '\t';
    if (ws && (flat.empty() || flat.back() == ' ')) continue;
    flat += ws ? ' ' : ch;
  }
  return flat;
}

int pdf_pages(const std::string& pdf) {
  int pages = 0;
  for (size_t at = pdf.find("/Type /Page "); at != std::string::npos; at = pdf.find("/Type /Page ", at + 1)) ++pages;
  return pages;
}

}  // namespace

TEST_SUITE("acute_takeaway") {
  TEST_CASE("print date and page numbers in nb nn and en") {
    PrintDate d{2026, 12, 6};
    CHECK(print_date_text(d, "nb") == "Skrevet ut 6. desember 2026");
    CHECK(print_date_text(d, "nn") == "Skrive ut 6. desember 2026");
    CHECK(print_date_text(d, "en") == "Printed 6 December 2026");
    CHECK(print_date_text({2027, 1, 31}, "nb") == "Skrevet ut 31. januar 2027");
    CHECK(page_of_text(2, 3, "nb") == "Side 2 av 3");
    CHECK(page_of_text(2, 3, "nn") == "Side 2 av 3");
    CHECK(page_of_text(2, 3, "en") == "Page 2 of 3");
    PrintDate t = print_date_today();
    CHECK(t.year >= 2026);
    CHECK((t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31));
  }
  TEST_CASE("the call block is for the acute stages only and leaves out 02800") {
    CHECK_FALSE(call_block(acute_outcome(Stage::level2, "nb")).has_value());
    CHECK_FALSE(call_block(acute_outcome(Stage::report, "nb")).has_value());
    auto b = call_block(acute_outcome(Stage::acute, "nb"));
    REQUIRE(b.has_value());
    CHECK(b->red);
    CHECK(b->rule == "IKKE kontakt foreldrene først");
    REQUIRE(b->numbers.size() == 2);
    CHECK(b->numbers[0].phone == "112");
    CHECK(b->numbers[1].phone == "12 34 56 78");
    auto c = call_block(acute_outcome(Stage::acute_consult, "nn"));
    REQUIRE(c.has_value());
    CHECK_FALSE(c->red);
    CHECK(c->rule == "IKKJE kontakt foreldra først");
    auto e = call_block(acute_outcome(Stage::emergency, "en"));
    REQUIRE(e.has_value());
    CHECK(e->rule == "The parents are told, as a rule");
  }
  TEST_CASE("tel URIs and tel links in text") {
    CHECK(tel_uri("116 111") == "tel:116111");
    CHECK(tel_uri("+47 12 34 56 78") == "tel:+4712345678");
    CHECK(tel_uri("12-34+56") == "tel:123456");
    const std::vector<std::string> phones{"112", "116 111", "12 34 56 78"};
    CHECK(with_tel_links("<p>Ring 112 nå.</p>", phones) == "<p>Ring <a href=\"tel:112\">112</a> nå.</p>");
    CHECK(with_tel_links("<p>(116 111)</p>", phones) == "<p>(<a href=\"tel:116111\">116 111</a>)</p>");
    CHECK(with_tel_links("<p>ring 12345678</p>", phones) == "<p>ring <a href=\"tel:12345678\">12345678</a></p>");
    for (const char* same : {"<p>1120 og 2112</p>", "<p>LOV-2025-12-19-112</p>", "<p>112.5 og 112-3</p>",
                             "<a href=\"x\">ring 112</a>", "<svg><title>112</title></svg>", "<p>&#112;</p>"})
      CHECK(with_tel_links(same, phones) == same);
  }
  TEST_CASE("an English acute sheet has the box before the checklist and the print date and page n of m on every page") {
    std::string pdf = render_pdf(acute_outcome(Stage::acute, "en"), PrintDate{2026, 12, 6});
    REQUIRE(pdf.size() > 1000);
    int pages = pdf_pages(pdf);
    CHECK(pages >= 2);
    std::string p1 = pdf_text(pdf, 1);
    size_t item = p1.find("Item number 1 of");
    REQUIRE(item != std::string::npos);
    CHECK(p1.find("ACUTE: Act now") < item);
    CHECK(p1.find("112 Police – emergency number") < item);
    CHECK(p1.find("12 34 56 78 Testkommune child welfare service") < item);
    CHECK(p1.find("Do NOT contact the parents first") < item);
    CHECK(p1.find("02800") > item);  // only in the contacts further down, never in the box
    for (int pg = 1; pg <= pages; ++pg) {
      std::string t = pdf_text(pdf, pg);
      CHECK(t.find("Printed 6 December 2026") != std::string::npos);
      CHECK(t.find("Page " + std::to_string(pg) + " of " + std::to_string(pages)) != std::string::npos);
    }
    std::string level = pdf_text(render_pdf(acute_outcome(Stage::level1, "en"), PrintDate{2026, 12, 6}), 1);
    CHECK(level.find("ACUTE") == std::string::npos);
    CHECK(level.rfind("Checklist – what to do now", 0) == 0);
  }
}

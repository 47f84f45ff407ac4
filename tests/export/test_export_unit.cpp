// Unit tests of the exporters: string table in nb/nn/en, truncation, phone-text fallbacks that
// always fit (decoded back with zbarimg), PDF and HTML basics on a synthetic outcome.

// GCC 12 at -O2 reports a false -Wrestrict inside <string> for `"literal" + std::to_string(i)`
// (GCC bug 105651); this file builds its fixtures that way. The pragma comes before the includes
// because the warning points into the library header.
#pragma GCC diagnostic ignored "-Wrestrict"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "labels.hpp"
#include "html_site.hpp"
#include "pdf.hpp"
#include "phone_text.hpp"
#include "qr.hpp"

using namespace vv;

namespace {

Outcome synthetic(int items, size_t item_len) {
  Outcome o;
  o.pack_id = "test";
  o.pack_name = "Testkommune";
  o.pack_title = "Rutine for «bekymring» – æøå";
  o.pack_version = "9.9.9";
  o.laws_checked = "2025-01-01";
  o.lang = o.text_lang = "nb";
  o.stage_name = "Samarbeid";
  o.step_name = "Gult kort";
  o.step_title = "Hva gjør du sammen med andre?";
  for (int i = 0; i < items; ++i) {
    OutcomeItem it;
    it.id = "i" + std::to_string(i);
    while (it.text.size() < item_len) it.text += "Snakk med lederen om bekymringen før dere går videre, og skriv ned § " + std::to_string(i) + ". ";
    it.who = "Den som er bekymret";
    it.source = "Gult kort, punkt " + std::to_string(i + 1);
    o.items.push_back(it);
  }
  o.contacts.push_back({"c1", "Politiet – nødnummer", "112", "", "emergency", false});
  o.contacts.push_back({"c2", "Barnevernvakten", "116 111", "", "child_welfare", false});
  return o;
}

// Writes bytes to a private temp dir, runs zbarimg --raw on it, returns what it decoded.
std::string zbar_decode(const std::string& png) {
  char tmpl[] = "/tmp/vv-export-unit-XXXXXX";
  char* dir = mkdtemp(tmpl);
  REQUIRE(dir != nullptr);
  std::string path = std::string(dir) + "/qr.png";
  std::ofstream(path, std::ios::binary) << png;
  std::string out;
  if (FILE* f = popen(("zbarimg -q --raw '" + path + "' 2>/dev/null").c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    pclose(f);
  }
  std::filesystem::remove_all(dir);
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace

TEST_SUITE("phone_text") {
  TEST_CASE("truncation keeps UTF-8 whole and marks the cut") {
    std::string s = "Gjør dette før du går videre på skolen i Sørfold og Øksnes";
    for (size_t n = 4; n < s.size(); ++n) {
      std::string t = truncate_utf8(s, n);
      CHECK(t.size() <= n);
      if (!t.empty()) CHECK(t.substr(t.size() - 3) == "…");
      CHECK(make_qr(t, 40).has_value());  // valid bytes
    }
    CHECK(truncate_utf8("kort", 10) == "kort");
    CHECK(truncate_utf8("æææææææææ", 8) == "ææ…");  // 2+2+3 bytes, no half letter
  }
  TEST_CASE("a short checklist goes in full and decodes exactly") {
    Outcome o = synthetic(3, 60);
    PhoneForm f;
    std::string t = checklist_phone_text(o, &f);
    CHECK(f == PhoneForm::full);
    CHECK(t.find("Gult kort") != std::string::npos);
    CHECK(t.find("116 111") != std::string::npos);
    CHECK(zbar_decode(render_qr_png(t)) == t);
  }
  TEST_CASE("a long checklist falls back to the short form, fits version 20 and decodes") {
    Outcome o = synthetic(14, 220);
    PhoneForm f;
    std::string t = checklist_phone_text(o, &f);
    CHECK(f == PhoneForm::short_items);
    auto q = make_qr(t, kQrMaxScannableVersion);
    REQUIRE(q.has_value());
    CHECK(q->version <= 20);
    CHECK(t.find("14. ") != std::string::npos);   // numbered items, all of them
    CHECK(t.find("…") != std::string::npos);      // truncated sensibly
    CHECK(t.find("112") != std::string::npos);    // key phone numbers kept
    CHECK(zbar_decode(render_qr_png(t)) == t);
  }
  TEST_CASE("a huge checklist still yields text that fits (last resort)") {
    Outcome o = synthetic(120, 400);
    PhoneForm f;
    std::string t = checklist_phone_text(o, &f);
    CHECK(f == PhoneForm::shortest);
    CHECK(make_qr(t, kQrMaxScannableVersion).has_value());
    CHECK(t.find("120") != std::string::npos);
    CHECK(zbar_decode(render_qr_png(t)) == t);
  }
  TEST_CASE("qr_fits says what make_qr does, at every version's limit") {
    for (int v : {1, 2, 9, 10, 20, 26, 27, 40}) {
      CAPTURE(v);
      size_t n = 0;  // the most bytes make_qr fits into version v (found by encoding)
      for (size_t step = 2048; step; step /= 2)
        if (make_qr(std::string(n + step, 'a'), v)) n += step;
      CHECK(qr_fits(std::string(n, 'a'), v));
      CHECK_FALSE(qr_fits(std::string(n + 1, 'a'), v));
      CHECK_FALSE(make_qr(std::string(n + 1, 'a'), v).has_value());
    }
  }
  TEST_CASE("PNG has a quiet zone and ~8 px modules") {
    std::string png = render_qr_png("hei");
    REQUIRE(png.size() > 8);
    CHECK(png.substr(1, 3) == "PNG");
    auto q = make_qr("hei", 40);
    // width is big-endian at bytes 16..19 of the IHDR chunk
    int w = (static_cast<unsigned char>(png[18]) << 8) | static_cast<unsigned char>(png[19]);
    CHECK(w == (q->size + 2 * kQrQuietZone) * 8);
  }
}

TEST_SUITE("pdf_html") {
  TEST_CASE("a long synthetic checklist gives a multi-page A4 PDF") {
    std::string pdf = render_pdf(synthetic(40, 300));
    REQUIRE(pdf.size() > 1000);
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    size_t pages = 0;
    for (size_t at = pdf.find("/Type /Page "); at != std::string::npos; at = pdf.find("/Type /Page ", at + 1)) ++pages;
    CHECK(pages >= 3);                                                      // 40 long items break pages
    CHECK(pdf.find("MediaBox [ 0 0 595.2") != std::string::npos);          // A4
    CHECK(pdf.find("NotoSans") != std::string::npos);
  }
  TEST_CASE("HTML escapes text and loads nothing from outside") {
    Outcome o = synthetic(2, 40);
    o.items[0].text = "<script>alert(1)</script> & «x»";
    std::string h = render_outcome_html(o);
    CHECK(h.find("<script") == std::string::npos);
    CHECK(h.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; «x»") != std::string::npos);
    CHECK(h.find("<html lang=\"nb\">") != std::string::npos);
    CHECK(h.find("<svg") != std::string::npos);
    CHECK(html_escape("\"'") == "&quot;&#39;");
  }
}

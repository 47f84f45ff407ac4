// Unit tests of the kiosk's parts that need no window: theme contrast, config, idle timer,
// the session state and its wipe.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "config.hpp"
#include "labels.hpp"
#include "idle.hpp"
#include "loader.hpp"
#include "theme.hpp"
#include "app.hpp"
#include "kiosk_session.hpp"
#include "qr_worker.hpp"
#include "validator.hpp"

using namespace vv::gui;

namespace {

// The repository's content, loaded and validated once for the tests that draw on it.
const vv::Content& real_content() {
  static const vv::Content content = [] {
    vv::Diagnostics diags;
    vv::Content c = vv::load_and_validate(VEIVISER_CONTENT_DIR, diags);
    REQUIRE(diags.ok());
    return c;
  }();
  return content;
}

}  // namespace

TEST_CASE("what shows a control has at least 3:1 against what is behind it (WCAG 1.4.11)") {
  for (bool hc : {false, true})
    for (const ColorPair& p : non_text_pairs(hc)) {
      CAPTURE(p.name);
      CAPTURE(hc);
      CHECK(contrast_ratio(p.fg, p.bg) >= 3.0);
    }
  // The check can fail: the faint edge the tick boxes had (muted at 35 % on white) is refused.
  const Palette& calm = palette(false);
  Rgb faint{calm.panel.r + (calm.muted.r - calm.panel.r) * 0.35f, calm.panel.g + (calm.muted.g - calm.panel.g) * 0.35f,
            calm.panel.b + (calm.muted.b - calm.panel.b) * 0.35f};
  CHECK(contrast_ratio(faint, calm.panel) < 3.0);
}

TEST_CASE("contrast of every text/background pair is at least 4.5:1") {
  CHECK(contrast_ratio({1, 1, 1}, {0, 0, 0}) == doctest::Approx(21.0));
  CHECK(contrast_ratio({1, 1, 1}, {1, 1, 1}) == doctest::Approx(1.0));
  for (bool hc : {false, true})
    for (const ColorPair& p : text_pairs(hc)) {
      double r = contrast_ratio(p.fg, p.bg);
      CHECK_MESSAGE(r >= 4.5, (std::string(p.name) + (hc ? " (high contrast)" : "") + " is " + std::to_string(r)));
      if (hc) CHECK_MESSAGE(r >= 7.0, (std::string(p.name) + " in high contrast should reach 7:1, is " + std::to_string(r)));
    }
}

TEST_CASE("config parsing") {
  Config c;
  std::string err;
  CHECK(parse_config(R"({"pack":"luster","language":"nn","idle_timeout_seconds":60,"kiosk":true,"text_size":26,"_comment":"x"})", c, err));
  CHECK(c.pack == "luster");
  CHECK(c.language == "nn");
  CHECK(c.idle_timeout == 60);
  CHECK(c.kiosk);
  CHECK(c.text_size == 26);
  Config d;
  CHECK_FALSE(parse_config(R"({"packs":"x"})", d, err));
  CHECK(err.find("unknown key") != std::string::npos);
  CHECK_FALSE(parse_config(R"({"language":"de"})", d, err));
  CHECK_FALSE(parse_config(R"({"idle_timeout_seconds":"soon"})", d, err));
  CHECK_FALSE(parse_config(R"([[[[[[[[1]]]]]]]])", d, err));
  CHECK_FALSE(parse_config("{", d, err));
  Config e;
  CHECK(load_config("/nonexistent/veiviser.json", false, e, err));
  CHECK_FALSE(load_config("/nonexistent/veiviser.json", true, e, err));
  CHECK(load_config(VEIVISER_EXAMPLE_CONFIG, true, e, err));
}

TEST_CASE("idle timer") {
  Idle i;
  i.configure(10, 5);
  i.touch(0);
  CHECK(i.update(9, true) == Idle::State::active);
  CHECK(i.update(11, true) == Idle::State::warning);
  CHECK(i.seconds_left(11) == doctest::Approx(4));
  CHECK(i.update(15.1, true) == Idle::State::expired);
  CHECK(i.update(100, false) == Idle::State::active);  // nothing to wipe: never fires
  CHECK(i.next_wake(100, false) > 1000);
  i.touch(0);
  CHECK(i.next_wake(4, true) == doctest::Approx(6));
}

TEST_CASE("a wipe leaves the session state equal to a fresh one") {
  const vv::Content& c = real_content();
  vv::gui::Config cfg;
  vv::gui::App app(c, cfg);
  const vv::gui::KioskSession fresh(c, cfg);
  CHECK(app.state() == fresh);
  // Touch every part of the session state a user can fill.
  auto& s = app.state();
  app.set_lang("nn");
  s.start_pack = "luster";
  REQUIRE(s.wizard.choose_pack("luster"));
  REQUIRE(s.wizard.answer("role", "skole"));
  s.wizard.set_ticked("x", true);
  REQUIRE(s.wizard.answer("acute", "yes"));
  REQUIRE(app.outcome());  // the outcome cache holds the acute outcome
  s.help_open = true;
  s.focus_shown = "answer/acute/1";
  s.keyboard_used = true;
  s.ref.compare = true;
  s.ref.left = "sarpsborg";
  s.train.index = 2;
  s.train.session = std::make_unique<vv::Session>(c);
  s.takeaway.phone_text = "Sjekkliste";
  s.takeaway.phone_whole = "Heile lista";
  s.qr_codes["https://example.invalid"] = std::nullopt;
  s.qr_job.wanted.emplace_back("Sjekkliste", 40);
  s.qr_job.result = encode_qr_async({{s.takeaway.phone_text, 40}});
  s.quit_asked = true;
  s.touch.glide = 7, s.touch.velocity = 900;
  app.set_mode(vv::gui::Mode::wizard);
  CHECK_FALSE(app.state() == fresh);  // the comparison sees a change
  app.wipe();
  CHECK(app.state() == fresh);
  CHECK(app.take_context_reset());  // and the frame loop is asked for a fresh ImGui context
  // Each field on its own is seen by the comparison (a field it missed would survive unseen).
  app.state().takeaway.phone_text = "x";
  CHECK_FALSE(app.state() == fresh);
  app.wipe();
  app.state().qr_codes["y"] = std::nullopt;
  CHECK_FALSE(app.state() == fresh);
  app.wipe();
  app.state().focus_shown = "z";
  CHECK_FALSE(app.state() == fresh);
  app.wipe();
  app.state().touch.dragging = true;
  CHECK_FALSE(app.state() == fresh);
  app.wipe();
  app.state().quit_asked = true;
  CHECK_FALSE(app.state() == fresh);
  app.wipe();
  app.state().takeaway.phone_whole = "x";
  CHECK_FALSE(app.state() == fresh);
  app.wipe();
  app.state().keyboard_used = true;
  CHECK_FALSE(app.state() == fresh);
  app.wipe();
  app.state().outcome.answers["acute"] = "yes";
  CHECK_FALSE(app.state() == fresh);
  app.wipe();
  app.state().outcome.outcome.emplace();
  CHECK_FALSE(app.state() == fresh);
  app.wipe();
  app.state().qr_job.wanted.emplace_back("Sjekkliste", 40);
  CHECK_FALSE(app.state() == fresh);
  app.wipe();
  app.state().qr_job.making.emplace_back("Sjekkliste", 40);
  CHECK_FALSE(app.state() == fresh);
  app.wipe();
  // A QR code still being made when the wipe comes: waited for and dropped with the state.
  app.state().qr_job.result = encode_qr_async({{std::string(600, 'x'), 40}});
  CHECK_FALSE(app.state() == fresh);
  app.wipe();
  CHECK(app.state() == fresh);
}

TEST_CASE("QR codes are made off the frame: asked for, then found in the cache") {
  QrJob job;
  QrCache cache;
  const std::string phone(600, 'x'), link = "https://example.invalid/a";
  CHECK(find_or_ask_qr(job, cache, phone, 40) == nullptr);
  CHECK(find_or_ask_qr(job, cache, link, 20) == nullptr);
  CHECK(find_or_ask_qr(job, cache, link, 20) == nullptr);  // asked for once
  CHECK(job.wanted.size() == 2);
  update_qr_job(job, cache);  // the end of the frame: the thread starts
  CHECK(job.wanted.empty());
  CHECK(job.making.size() == 2);
  CHECK(find_or_ask_qr(job, cache, link, 20) == nullptr);  // being made: not asked for again
  CHECK(job.wanted.empty());
  job.result.wait();
  update_qr_job(job, cache);  // the start of the next frame: the codes are there
  CHECK(job == QrJob{});
  auto* a = find_or_ask_qr(job, cache, phone, 40);
  auto* b = find_or_ask_qr(job, cache, link, 20);
  REQUIRE((a && b && *a && *b));
  CHECK(**a == *vv::make_qr(phone, 40));
  CHECK(**b == *vv::make_qr(link, 20));
}

TEST_CASE("the outcome is built once per answer set and language, and dropped when they change") {
  const vv::Content& c = real_content();
  vv::gui::Config cfg;
  vv::gui::App app(c, cfg);
  REQUIRE(app.session().choose_pack("sarpsborg"));
  app.set_mode(vv::gui::Mode::wizard);
  REQUIRE(app.session().answer("role", "skole"));
  CHECK(app.outcome() == nullptr);
  REQUIRE(app.session().answer("acute", "yes"));
  const vv::Outcome* o = app.outcome();
  REQUIRE(o);
  CHECK(*o == *app.session().outcome());
  CHECK(app.outcome() == o);  // the same one, not built again
  app.set_lang("en");
  REQUIRE(app.outcome());
  CHECK(*app.outcome() == *app.session().outcome());
  CHECK(app.outcome()->lang == "en");
  REQUIRE(app.session().back());
  CHECK(app.outcome() == nullptr);
  CHECK(app.state().outcome == vv::gui::OutcomeCache{});  // nothing of the old outcome is kept
}

TEST_CASE("the idle timeout is longer where people read") {
  const vv::Content& c = real_content();
  vv::gui::Config cfg;
  std::string err;
  REQUIRE(parse_config(R"({"idle_timeout_seconds":90,"idle_timeout_outcome_seconds":400,"idle_timeout_reference_seconds":500})", cfg, err));
  vv::gui::App app(c, cfg);
  CHECK(app.idle_timeout() == 90);  // start screen
  REQUIRE(app.session().choose_pack("sarpsborg"));
  app.set_mode(vv::gui::Mode::wizard);
  REQUIRE(app.session().answer("role", "skole"));
  CHECK(app.idle_timeout() == 90);  // a question
  REQUIRE(app.session().answer("acute", "yes"));
  CHECK(app.screen_name() == "acute");
  CHECK(app.idle_timeout() == 400);
  app.set_mode(vv::gui::Mode::reference);
  CHECK(app.idle_timeout() == 500);
  vv::gui::Config d;
  CHECK(d.idle_timeout == 120);
  CHECK(d.idle_timeout_outcome == 300);
  CHECK(d.idle_timeout_reference == 300);
}

TEST_CASE("over-deep config files are refused before parsing") {
  std::string deep = std::string(1000, '[') + std::string(1000, ']');  // small, but deep
  vv::gui::Config cfg;
  std::string err;
  CHECK_FALSE(vv::gui::parse_config("{\"a\": " + deep + "}", cfg, err));
  CHECK(err.find("nested deeper") != std::string::npos);
  CHECK(vv::gui::parse_config("{\"format\": 1, \"pack\": \"luster\"}", cfg, err));
}

// Start-up (see startup.hpp).
#include "startup.hpp"

#include <cstdio>
#include <map>

#include "loader.hpp"
#include "training.hpp"
#include "validator.hpp"

namespace vv::gui {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Answers applied through the session, in flow order (as a user would give them).
void apply_answers(Session& s, const std::map<std::string, std::string>& given) {
  while (const Question* q = s.current()) {
    auto it = given.find(q->key);
    if (it == given.end() || !s.answer(q->key, it->second)) break;
  }
}

}  // namespace

Startup start_up(const Options& o) {
  Startup st;
  std::string err;
  if (!load_config(o.config.value_or(kDefaultConfigPath), o.config.has_value(), st.cfg, err) || !apply_to_config(o, st.cfg)) {
    st.broken = OutOfOrder{"config", {err}};
    return st;
  }
  std::string dir = st.cfg.content_dir.empty() ? default_content_dir() : st.cfg.content_dir;
  // The municipality's own directory, loaded with the installed national content.
  std::string local = st.cfg.local_dir.empty() && st.cfg.content_dir.empty() ? default_local_dir() : st.cfg.local_dir;
  Diagnostics diags;
  st.content = load_and_validate(ContentPaths{dir, local, st.cfg.local_contacts}, diags);
  if (o.training && diags.ok()) {  // tests: another set of training cases
    st.content.vignettes.clear();
    load_training_file(*o.training, st.content, diags);
    check_training(st.content, diags);
  }
  if (!diags.ok()) {
    std::fprintf(stderr, "%sveiviser: content has %zu error(s); showing the out-of-order screen\n", diags.format().c_str(),
                 diags.error_count());
    st.broken = OutOfOrder{"content", lines_of(diags.format())};
  } else if (!st.cfg.pack.empty() && !st.content.find_pack(st.cfg.pack)) {
    st.broken = OutOfOrder{"config", {"no pack \"" + st.cfg.pack + "\" in " + dir}};
  }
  if (st.broken) {
    st.content = Content{};
  } else if (st.cfg.only_own_pack && !st.cfg.pack.empty()) {
    // A kiosk that shows only its own pack: the others (and their training cases) are left out.
    std::erase_if(st.content.packs, [&](const Pack& p) { return p.id != st.cfg.pack; });
    std::erase_if(st.content.vignettes, [&](const Vignette& v) { return v.pack != st.cfg.pack; });
  }
  return st;
}

bool apply_start_state(App& app, const Options& o) {
  KioskSession& s = app.state();
  for (const auto& [key, value] : o.answers) {  // the same check as `veiviser run --answer`
    if (app.out_of_order()) break;
    auto parsed = parse_answer(app.content(), key + "=" + value);
    if (!parsed.ok()) return std::fprintf(stderr, "veiviser: %s\n", parsed.error.c_str()), false;
  }
  std::map<std::string, std::string> given(o.answers.begin(), o.answers.end());
  std::string mode = o.mode.value_or("wizard");
  if (mode == "wizard") {
    if (!given.empty() && app.content().find_pack(s.start_pack)) {
      app.session().choose_pack(s.start_pack);
      apply_answers(app.session(), given);
      if (app.session().answered_count() > 0) app.set_mode(Mode::wizard);
    }
  } else if (mode == "reference") {
    app.set_mode(Mode::reference);
    if (o.pack) s.ref.pack = *o.pack;
    if (o.compare) {
      s.ref.compare = true;
      auto c = o.compare->find(',');
      s.ref.left = o.compare->substr(0, c);
      if (c != std::string::npos) s.ref.right = o.compare->substr(c + 1);
      if (o.stage)
        if (auto st = parse_stage(*o.stage)) s.ref.stage = *st;
    }
  } else if (mode == "training") {
    app.set_mode(Mode::training);
    const auto& vs = app.content().vignettes;
    if (o.vignette >= 0 && o.vignette < static_cast<int>(vs.size())) {
      s.train.index = o.vignette;
      if (!given.empty()) {
        s.train.answering = true;
        s.train.session = std::make_unique<Session>(app.content());
        s.train.session->choose_pack(vs[static_cast<size_t>(o.vignette)].pack);
        s.train.session->choose_language(app.lang());
        apply_answers(*s.train.session, given);
      }
    }
  } else {
    std::fprintf(stderr, "veiviser: --mode must be wizard, reference or training\n");
    return false;
  }
  s.help_open = o.help_open;
  s.quit_asked = o.quit_open;
  s.pending_scroll = o.scroll;
  return true;
}

}  // namespace vv::gui

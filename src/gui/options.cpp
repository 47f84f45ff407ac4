// Kiosk option parsing (see options.hpp).
#include "options.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "model.hpp"

namespace vv::gui {

const char* const kKioskUsage =
    "usage: veiviser [--kiosk] [--config FILE] [--pack ID] [--lang nb|nn|en] [--high-contrast]\n"
    "                [--text-size PX] [--idle-timeout S] [--idle-warning S] [--content DIR] [--local-dir DIR]\n"
    "                [--training FILE] [--size WxH] [--answer K=V]... [--mode wizard|reference|training]\n"
    "                [--help-open] [--quit-open] [--compare A,B] [--stage STAGE] [--vignette N] [--scroll PX]\n"
    "       veiviser --screenshot FILE.png [the same options]   (render one screen to a PNG and exit)\n"
    "                [--layout-audit FILE [--audit-squeeze ID]] (and list what does not fit on it)\n"
    "       veiviser --help                                     (the command line)\n";

bool parse_options(int argc, char** argv, Options& a, const std::set<std::string>& extra) {
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    auto val = [&]() -> std::optional<std::string> {
      if (i + 1 >= argc) return std::nullopt;
      return std::string(argv[++i]);
    };
    std::optional<std::string> v;
    if (s == "--kiosk") a.kiosk = true;
    else if (s == "--windowed") a.windowed = true;
    else if (s == "--high-contrast") a.high_contrast = true;
    else if (s == "--help-open") a.help_open = true;
    else if (s == "--quit-open") a.quit_open = true;
    else if (s == "--layout-audit" && (v = val())) a.layout_audit = v;
    else if (s == "--audit-squeeze" && (v = val())) a.audit_squeeze = v;
    else if (s == "--config" && (v = val())) a.config = v;
    else if (s == "--pack" && (v = val())) a.pack = v;
    else if (s == "--lang" && (v = val())) a.lang = v;
    else if (s == "--content" && (v = val())) a.content = v;
    else if (s == "--local-dir" && (v = val())) a.local_dir = v;
    else if (s == "--training" && (v = val())) a.training = v;
    else if (s == "--screenshot" && (v = val())) a.screenshot = v;
    else if (s == "--mode" && (v = val())) a.mode = v;
    else if (s == "--compare" && (v = val())) a.compare = v;
    else if (s == "--stage" && (v = val())) a.stage = v;
    else if (s == "--vignette" && (v = val())) a.vignette = std::atoi(v->c_str());
    else if (s == "--idle-timeout" && (v = val())) a.idle_timeout = std::atof(v->c_str());
    else if (s == "--idle-warning" && (v = val())) a.idle_warning = std::atof(v->c_str());
    else if (s == "--scroll" && (v = val())) a.scroll = static_cast<float>(std::atof(v->c_str()));
    else if (s == "--text-size" && (v = val())) a.text_size = std::atof(v->c_str());
    else if (extra.count(s) && (v = val())) a.extra.emplace_back(s, *v);
    else if (s == "--size" && (v = val())) {
      if (std::sscanf(v->c_str(), "%dx%d", &a.width, &a.height) != 2 || a.width < 320 || a.height < 240 ||
          a.width > 7680 || a.height > 4320) {
        std::fprintf(stderr, "veiviser: --size must be WxH, e.g. 1280x800\n");
        return false;
      }
    } else if (s == "--answer" && (v = val())) {
      auto eq = v->find('=');
      if (eq == std::string::npos) {
        std::fprintf(stderr, "veiviser: --answer must be KEY=VALUE, not \"%s\"\n", v->c_str());
        return false;
      }
      std::string key = v->substr(0, eq);
      if (std::any_of(a.answers.begin(), a.answers.end(), [&](const auto& kv) { return kv.first == key; })) {
        std::fprintf(stderr, "veiviser: the answer \"%s\" is given twice; give each answer once\n", key.c_str());
        return false;
      }
      a.answers.emplace_back(key, v->substr(eq + 1));
    } else {
      std::fprintf(stderr, "veiviser: unknown or incomplete option \"%s\"\n%s", s.c_str(), kKioskUsage);
      return false;
    }
  }
  return true;
}

bool apply_to_config(const Options& a, Config& cfg) {
  if (a.kiosk) cfg.kiosk = true;
  if (a.windowed || a.screenshot) cfg.kiosk = false;
  if (a.pack) cfg.pack = *a.pack;
  if (a.lang) {
    if (!is_language(*a.lang)) return std::fprintf(stderr, "veiviser: --lang must be nb, nn or en\n"), false;
    cfg.language = *a.lang;
  }
  if (a.high_contrast) cfg.high_contrast = true;
  if (a.idle_timeout)  // on every screen (tests, trainers)
    cfg.idle_timeout = cfg.idle_timeout_outcome = cfg.idle_timeout_reference = std::max(0.1, *a.idle_timeout);
  if (a.idle_warning) cfg.idle_warning = std::max(0.1, *a.idle_warning);
  if (a.text_size) cfg.text_size = std::clamp(static_cast<float>(*a.text_size), 14.0f, 40.0f);
  if (a.content) cfg.content_dir = *a.content;
  if (a.local_dir) cfg.local_dir = *a.local_dir;
  return true;
}

}  // namespace vv::gui

// The kiosk's command-line options (and the GUI test executable's extra ones): what to run
// on, how big, and the state to open at (--pack, --answer, --mode ...: trainers start at a
// case with it; documentation and tests render screens with --screenshot).
#pragma once
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "config.hpp"

namespace vv::gui {

struct Options {
  std::optional<std::string> config, pack, lang, content, local_dir, training, screenshot, mode, compare, stage;
  // With --screenshot: the layout audit's findings go to this file (layout_audit.hpp);
  // audit_squeeze names a button drawn too narrow on purpose (the audit's negative control).
  std::optional<std::string> layout_audit, audit_squeeze;
  std::optional<double> idle_timeout, idle_warning, text_size;
  std::vector<std::pair<std::string, std::string>> answers;
  int width = 1280, height = 800, vignette = -1;
  float scroll = -1;
  bool kiosk = false, windowed = false, high_contrast = false, help_open = false, quit_open = false;
  std::vector<std::pair<std::string, std::string>> extra;  // the test executable's own options
};

// Parses argv; `extra` names further options that take a value (kept in Options::extra).
// False (with a message on stderr) on an unknown or incomplete option.
bool parse_options(int argc, char** argv, Options& out, const std::set<std::string>& extra = {});
// Applies the options that override the config file.
bool apply_to_config(const Options& o, Config& cfg);
extern const char* const kKioskUsage;

}  // namespace vv::gui

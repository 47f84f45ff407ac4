// The kiosk's configuration file (read-only JSON, never written): pack, language, local
// contacts and local directory, idle timeout, kiosk mode, high contrast, text size.
#pragma once
#include <string>

namespace vv::gui {

inline constexpr const char* kDefaultConfigPath = "/etc/veiviser/config.json";

struct Config {
  std::string pack;            // empty: the user chooses on the start screen
  std::string language = "nb";
  std::string local_contacts;  // empty: content/local/contacts.json
  std::string content_dir;     // empty: vv::default_content_dir()
  std::string local_dir;       // the municipality's own packs, contacts, training; empty: vv::default_local_dir()
  bool only_own_pack = false;  // with "pack": show only that pack (Oppslag and Opplæring too)
  double idle_timeout = 120;   // seconds without input before "Er du fortsatt der?" (questions, start, ...)
  double idle_timeout_outcome = 300;    // on the outcome, acute and emergency screens (people read there)
  double idle_timeout_reference = 300;  // in Oppslag and on a training case's result
  double idle_warning = 30;    // seconds of countdown before the session is wiped
  bool kiosk = false;
  bool high_contrast = false;
  float text_size = 22;        // pixels, 14..40
};

// Parses config JSON text. Returns false with a one-line message in `error`.
bool parse_config(const std::string& text, Config& out, std::string& error);
// Reads `path`. A missing file is fine only when `required` is false (the default path).
bool load_config(const std::string& path, bool required, Config& out, std::string& error);

}  // namespace vv::gui

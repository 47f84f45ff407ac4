// Reads the kiosk configuration (see config.hpp); unknown keys and bad values are refused.
#include "config.hpp"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "json_bounded.hpp"
#include "model.hpp"

namespace vv::gui {

bool parse_config(const std::string& text, Config& out, std::string& error) {
  auto parsed = vv::parse_json_bounded(text, 64 * 1024, 4);
  if (!parsed.ok) {
    error = "the config file: " + parsed.error;
    return false;
  }
  const nlohmann::json& j = parsed.value;
  if (!j.is_object()) {
    error = "the config file must hold one JSON object";
    return false;
  }
  Config c = out;
  for (const auto& [key, v] : j.items()) {
    auto want_string = [&](std::string& dst) {
      if (!v.is_string()) return error = "\"" + key + "\" must be a string", false;
      dst = v.get<std::string>();
      return true;
    };
    auto want_number = [&](double& dst, double lo, double hi) {
      if (!v.is_number()) return error = "\"" + key + "\" must be a number", false;
      dst = v.get<double>();
      if (dst < lo || dst > hi) return error = "\"" + key + "\" must be between " + std::to_string(int(lo)) + " and " + std::to_string(int(hi)), false;
      return true;
    };
    auto want_bool = [&](bool& dst) {
      if (!v.is_boolean()) return error = "\"" + key + "\" must be true or false", false;
      dst = v.get<bool>();
      return true;
    };
    bool ok = true;
    if (key == "format") {
      if (!v.is_number_integer() || v.get<int>() != 1) error = "\"format\" must be 1", ok = false;
    } else if (key == "pack") ok = want_string(c.pack);
    else if (key == "language") {
      ok = want_string(c.language);
      if (ok && !is_language(c.language)) error = "\"language\" must be nb, nn or en", ok = false;
    } else if (key == "local_contacts") ok = want_string(c.local_contacts);
    else if (key == "content_dir") ok = want_string(c.content_dir);
    else if (key == "local_dir") ok = want_string(c.local_dir);
    else if (key == "only_own_pack") ok = want_bool(c.only_own_pack);
    else if (key == "idle_timeout_seconds") ok = want_number(c.idle_timeout, 0.1, 86400);
    else if (key == "idle_timeout_outcome_seconds") ok = want_number(c.idle_timeout_outcome, 0.1, 86400);
    else if (key == "idle_timeout_reference_seconds") ok = want_number(c.idle_timeout_reference, 0.1, 86400);
    else if (key == "idle_warning_seconds") ok = want_number(c.idle_warning, 0.1, 600);
    else if (key == "kiosk") ok = want_bool(c.kiosk);
    else if (key == "high_contrast") ok = want_bool(c.high_contrast);
    else if (key == "text_size") {
      double d = 0;
      ok = want_number(d, 14, 40);
      c.text_size = static_cast<float>(d);
    } else if (key.rfind("_", 0) == 0) {
      // "_comment" and other keys starting with "_" are ignored (documentation in the file).
    } else {
      error = "unknown key \"" + key + "\"";
      ok = false;
    }
    if (!ok) return false;
  }
  out = c;
  return true;
}

bool load_config(const std::string& path, bool required, Config& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (!required) return true;
    error = path + ": cannot read the config file";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (!parse_config(ss.str(), out, error)) {
    error = path + ": " + error;
    return false;
  }
  return true;
}

}  // namespace vv::gui

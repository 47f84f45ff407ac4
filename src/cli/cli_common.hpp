// What the command-line files share: the content options every command takes and the
// usage-error helper.
#pragma once
#include <string>
#include <vector>

#include "loader.hpp"
#include "model.hpp"

namespace vv::cli {

struct Common {
  std::string content_dir;  // --content DIR (default: the installed content)
  std::string local_file;   // --local FILE: local contacts
  std::string local_dir;    // --local-dir DIR: a municipality's packs, contacts and training cases
  bool local_dir_given = false;
};

// The paths to load: --local-dir, or for the installed content /etc/veiviser/local if present.
ContentPaths paths_of(const Common& opt);
// Loads and validates content; on errors prints them (in English) and returns false.
bool load(const Common& opt, Content& out);
// Prints "veiviser: msg" and returns 2.
int bad_usage(const std::string& msg);

int cmd_check(const Common& opt, const std::vector<std::string>& args);
int cmd_new_pack(const std::vector<std::string>& args);
int cmd_preview(const Common& opt, const std::vector<std::string>& args);

}  // namespace vv::cli

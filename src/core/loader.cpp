// Loading content files into the model (see loader.hpp).
#include "loader.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "json_reader.hpp"
#include "training.hpp"

#include "json_syntax.hpp"
#include "loader_internal.hpp"

namespace vv {
using nlohmann::json;
namespace fs = std::filesystem;
using Node = JsonReader::Node;

namespace {

void check_format(const ParsedFile& f, Diagnostics& diags) {
  if (!f.json.is_object()) return;
  auto it = f.json.find("format");
  if (it == f.json.end()) {
    diags.error(f.path, 1, code::kFormatVersion, "missing \"format\": this program reads format " + std::to_string(kFormatVersion));
  } else if (it->is_number_integer() && it->get<int>() == 1) {
    diags.error(f.path, f.lines.line_of("/format"), code::kFormatVersion,
                "format 1 is no longer read; format 2 replaces 'parents_consent' by 'consent', adds acute=health "
                "and the stage 'emergency', step variants chosen by answers ('variants'), a report step about "
                "reporting, the parent exception in each parent item's own text, and law status "
                "in_force/not_yet_in_force/unconfirmed (docs/content-format.md, \"Format 2\")");
  } else if (!it->is_number_integer() || it->get<int>() != kFormatVersion) {
    diags.error(f.path, f.lines.line_of("/format"), code::kFormatVersion,
                "unsupported format " + it->dump() + ": this program reads format " + std::to_string(kFormatVersion));
  }
}

}  // namespace

ParsedFile parse_content_text(const std::string& path, std::string text, Diagnostics& diags) {
  ParsedFile f;
  f.path = path;
  f.text = std::move(text);
  if (f.text.size() > kMaxContentBytes) {
    diags.error(path, 1, code::kTooLarge,
                "file is " + std::to_string(f.text.size()) + " bytes; the limit is " + std::to_string(kMaxContentBytes));
    return f;
  }
  f.lines.scan(f.text);  // partial on broken JSON: the parser then names the exact error
  if (f.lines.max_depth() > kMaxContentDepth) {
    diags.error(path, 1, code::kTooLarge,
                "nesting is deeper than " + std::to_string(kMaxContentDepth) + " levels; refused before parsing");
    return f;
  }
  // The tolerant scanner first: it names every syntax error of the file in one run. Only
  // when it finds none does the strict parser run (and its message is the fallback).
  SyntaxResult syntax = check_json_syntax(path, f.text, diags);
  if (syntax.errors > 0) {
    f.json = nullptr;
    return f;
  }
  try {
    f.json = json::parse(f.text);
  } catch (const json::parse_error& e) {
    std::string msg = e.what();
    if (auto p = msg.find("parse error"); p != std::string::npos) msg = msg.substr(p);
    diags.error(path, LineMap::line_at_offset(f.text, e.byte == 0 ? 0 : e.byte - 1), code::kJson, msg);
    f.json = nullptr;
    return f;
  }
  if (!f.json.is_object()) {
    diags.error(path, 1, code::kType, "a content file must hold one JSON object");
    return f;
  }
  check_format(f, diags);
  f.ok = true;
  return f;
}

ParsedFile parse_content_file(const std::string& path, Diagnostics& diags) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    diags.error(path, 1, code::kMissingFile, "required content file is missing");
    ParsedFile f;
    f.path = path;
    return f;
  }
  auto size = fs::file_size(path, ec);
  if (!ec && size > kMaxContentBytes) {
    diags.error(path, 1, code::kTooLarge,
                "file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(kMaxContentBytes));
    ParsedFile f;
    f.path = path;
    return f;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_content_text(path, ss.str(), diags);
}


Content load_content(const std::string& dir, Diagnostics& diags, const std::string& local_contacts) {
  return load_content(ContentPaths{dir, "", local_contacts}, diags);
}

namespace {
std::vector<std::string> pack_files_in(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

Content load_content(const ContentPaths& paths, Diagnostics& diags) {
  const std::string& dir = paths.content_dir;
  const std::string& local = paths.local_dir;
  std::error_code ec;
  std::string local_contacts = paths.local_contacts;
  if (local_contacts.empty() && !local.empty() && fs::is_regular_file(fs::path(local) / "contacts.json", ec))
    local_contacts = (fs::path(local) / "contacts.json").string();
  Content c;
  c.dir = dir;
  c.local_dir = local;
  auto path = [&](const char* rel) { return (fs::path(dir) / rel).string(); };
  load_questions(parse_content_file(path("national/questions.json"), diags), c, diags);
  load_rules(parse_content_file(path("national/rules.json"), diags), c, diags);
  load_laws(parse_content_file(path("national/laws.json"), diags), c, diags);
  auto cf = parse_content_file(path("national/contacts.json"), diags);
  c.contacts_file = cf.path;
  c.national_contacts = load_contacts(cf, diags, nullptr);
  auto lf = parse_content_file(local_contacts.empty() ? path("local/contacts.json") : local_contacts, diags);
  c.local_file = lf.path;
  c.local_contacts = load_contacts(lf, diags, &c.municipality);

  std::vector<std::string> pack_files = pack_files_in(fs::path(dir) / "packs");
  std::vector<std::string> local_files;
  if (!local.empty()) {
    if (!fs::is_directory(local, ec)) diags.error(local, 1, code::kMissingFile, "the local directory does not exist");
    local_files = pack_files_in(fs::path(local) / "packs");
  }
  if (pack_files.empty() && local_files.empty())
    diags.error(path("packs"), 1, code::kMissingFile, "no content packs (*.json) found");
  for (const auto& pf : pack_files)
    if (auto p = load_pack(parse_content_file(pf, diags), diags)) c.packs.push_back(std::move(*p));
  for (const auto& pf : local_files)
    if (auto p = load_pack(parse_content_file(pf, diags), diags)) {
      p->local = true;
      c.packs.push_back(std::move(*p));
    }
  std::vector<fs::path> training = {fs::path(dir) / "training/vignettes.json"};
  if (!local.empty()) training.push_back(fs::path(local) / "training/vignettes.json");
  for (const auto& t : training)
    if (fs::is_regular_file(t, ec)) c.training_files.push_back(t.string());
  // Training cases are optional (a municipality's own content may have none).
  for (const auto& t : c.training_files) load_training_file(t, c, diags);
  return c;
}

std::string default_local_dir() {
  if (const char* env = std::getenv("VEIVISER_LOCAL_DIR"); env) return env;  // "" turns it off
  std::error_code ec;
  return fs::is_directory("/etc/veiviser/local", ec) ? "/etc/veiviser/local" : "";
}

std::string default_content_dir() {
  if (const char* env = std::getenv("VEIVISER_CONTENT"); env && *env) return env;
  std::error_code ec;
#if defined(VEIVISER_SOURCE_CONTENT_DIR) && defined(VEIVISER_BUILD_DIR)
  // The source tree's content only for a program running from its own build tree: an
  // installed program must never read whatever the build machine's checkout holds.
  const std::string exe = fs::read_symlink("/proc/self/exe", ec).string();
  const std::string build = VEIVISER_BUILD_DIR "/";
  if (!ec && exe.compare(0, build.size(), build) == 0 && fs::is_directory(VEIVISER_SOURCE_CONTENT_DIR "/packs", ec))
    return VEIVISER_SOURCE_CONTENT_DIR;
#endif
#ifdef VEIVISER_INSTALL_CONTENT_DIR
  if (fs::is_directory(VEIVISER_INSTALL_CONTENT_DIR "/packs", ec)) return VEIVISER_INSTALL_CONTENT_DIR;
#endif
  return "content";
}

}  // namespace vv
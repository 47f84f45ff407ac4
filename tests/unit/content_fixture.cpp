// Shared test helpers (see content_fixture.hpp).
#include "content_fixture.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "validator.hpp"

namespace fs = std::filesystem;

namespace vv::test {

namespace {
struct Loaded {
  Diagnostics diags;
  Content content;
  Loaded() { content = load_and_validate(VEIVISER_TEST_CONTENT_DIR, diags); }
};
const Loaded& loaded() {
  static const Loaded l;
  return l;
}
}  // namespace

const Content& real_content() { return loaded().content; }
const Diagnostics& real_content_diagnostics() { return loaded().diags; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ContentCopy::ContentCopy() {
  std::string tmpl = (fs::temp_directory_path() / "veiviser-test-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  dir_ = tmpl;
  fs::copy(VEIVISER_TEST_CONTENT_DIR, dir_, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

ContentCopy::~ContentCopy() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

std::string ContentCopy::read(const std::string& rel) const { return read_file(path(rel)); }

void ContentCopy::write(const std::string& rel, const std::string& text) const {
  std::ofstream out(path(rel), std::ios::binary | std::ios::trunc);
  out << text;
}

}  // namespace vv::test

// Shared test helpers: the real content loaded once, and temporary copies of it that a test
// may break on purpose.
#pragma once
#include <string>

#include "diagnostics.hpp"
#include "model.hpp"

namespace vv::test {

// The repository's content, loaded and validated once per test process.
const Content& real_content();
const Diagnostics& real_content_diagnostics();

// A temporary copy of the repository's content directory, removed on destruction.
class ContentCopy {
 public:
  ContentCopy();
  ~ContentCopy();
  ContentCopy(const ContentCopy&) = delete;
  ContentCopy& operator=(const ContentCopy&) = delete;
  const std::string& dir() const { return dir_; }
  std::string path(const std::string& rel) const { return dir_ + "/" + rel; }
  std::string read(const std::string& rel) const;
  void write(const std::string& rel, const std::string& text) const;

 private:
  std::string dir_;
};

std::string read_file(const std::string& path);

}  // namespace vv::test

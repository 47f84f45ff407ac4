// Training vignettes (content/training/vignettes.json): fictional cases with the expected
// stage, why, and the source sections. Loaded and checked here; bad data is refused.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "answers.hpp"
#include "model.hpp"

namespace vv::gui {

struct Vignette {
  std::string id, pack;
  Text title, story, why;
  Answers answers;
  Stage expected = Stage::level0;
  std::vector<std::string> sources;
};

struct TrainingData {
  std::vector<Vignette> vignettes;
  std::vector<std::string> errors;  // clear messages, no file:line
  bool ok() const { return errors.empty(); }
};

// Parses and checks vignette JSON against the loaded content. Any error refuses the whole file.
TrainingData parse_training(const std::string& text, const Content& c);
TrainingData load_training(const std::string& path, const Content& c);

}  // namespace vv::gui

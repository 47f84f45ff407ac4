// Benchmark of the core: loading and validating all content (structure, references and the
// safety invariants on every answer path), and the full enumeration of every pack, answer
// combination and language with complete outcomes. Prints medians over repeated runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "invariants.hpp"
#include "loader.hpp"
#include "outcome.hpp"
#include "validator.hpp"

namespace {
double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}
double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
}  // namespace

int main(int argc, char** argv) {
  const char* dir = argc > 1 ? argv[1] : VEIVISER_BENCH_CONTENT_DIR;
  int reps = argc > 2 ? std::atoi(argv[2]) : 21;
  std::vector<double> load, load_validate, full;
  size_t paths = 0, outcomes = 0;
  for (int r = 0; r < reps; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    vv::Diagnostics d0;
    vv::Content c0 = vv::load_content(dir, d0);
    load.push_back(ms_since(t0));

    auto t1 = std::chrono::steady_clock::now();
    vv::Diagnostics d;
    vv::Content c = vv::load_content(dir, d);
    auto stats = vv::validate(c, d);
    load_validate.push_back(ms_since(t1));
    if (!d.ok()) {
      std::fprintf(stderr, "content has errors:\n%s", d.format().c_str());
      return 1;
    }
    paths = stats.paths;

    auto t2 = std::chrono::steady_clock::now();
    size_t n = 0, violations = 0;
    for (const auto& p : c.packs)
      for (auto lang : vv::kLanguages)
        vv::enumerate_answers(c, [&](const vv::Answers& a) {
          auto o = vv::build_outcome(c, p, a, std::string(lang));
          ++n;
          if (!o || !vv::check_invariants(c, *o, a).empty()) ++violations;
        });
    full.push_back(ms_since(t2));
    outcomes = n;
    if (violations) {
      std::fprintf(stderr, "%zu violations\n", violations);
      return 1;
    }
  }
  std::printf("runs: %d (medians)\n", reps);
  std::printf("load all content:                          %8.2f ms\n", median(load));
  std::printf("load + validate (incl. %zu invariant paths): %8.2f ms   (target < 20 ms)\n", paths, median(load_validate));
  std::printf("full enumeration, %zu outcomes, 3 langs:  %8.2f ms   (target < 2000 ms)\n", outcomes, median(full));
  return 0;
}

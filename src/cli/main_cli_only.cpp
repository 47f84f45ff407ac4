// Entry point for builds without the GUI (VEIVISER_GUI=OFF): the command line only.
#include <cstdio>

#include "cli.hpp"
#include "process_privacy.hpp"

int main(int argc, char** argv) {
  vv::harden_process();
  if (!vv::cli::wants_cli(argc, argv)) {
    std::fprintf(stderr, "veiviser: this build has no kiosk GUI; see veiviser --help\n");
    return 2;
  }
  return vv::cli::main(argc, argv);
}

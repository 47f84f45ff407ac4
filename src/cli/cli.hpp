// The command line (packs, check, run, export, new-pack, preview, --help, --version). GUI-free:
// it links veiviser_core and veiviser_export only, so scripts and tests never need a display.
#pragma once

namespace vv::cli {

// True when argv asks for a command-line action rather than the kiosk GUI.
bool wants_cli(int argc, char** argv);
// Runs it; returns the process exit code.
int main(int argc, char** argv);

}  // namespace vv::cli

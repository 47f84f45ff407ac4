// main of veiviser_export_isolation_tests: doctest, or, started by print_outcome_isolated as
// /proc/self/exe with "print-worker", the real print worker (so the test exercises the same path
// as the kiosk, which re-executes itself). Linked with the kiosk's wiping operator delete.
// "print-worker-crash" and "print-worker-hang" are broken workers for the failure tests;
// "print-worker-fds" answers with the descriptors it was given.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <malloc.h>
#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "memory_scan.hpp"
#include "print_worker.hpp"
#include "process_privacy.hpp"

int main(int argc, char** argv) {
  if (argc == 2 && std::string(argv[1]) == "print-worker") {
    vv::harden_process();
    return vv::run_print_worker();
  }
  if (argc == 2 && std::string(argv[1]) == "print-worker-crash") {
    char buf[4096];
    while (read(0, buf, sizeof buf) > 0) {
    }
    kill(getpid(), SIGKILL);
  }
  if (argc == 2 && std::string(argv[1]) == "print-worker-fds") {
    char buf[4096];
    while (read(0, buf, sizeof buf) > 0) {
    }
    std::string fds;
    for (const auto& e : std::filesystem::directory_iterator("/proc/self/fd")) {  // appends: GCC bug 105651
      fds += ' ';
      fds += e.path().filename().string();
    }
    std::string line = "error fds:" + fds + "\n";
    return write(1, line.data(), line.size()) > 0 ? 1 : 2;
  }
  if (argc == 2 && std::string(argv[1]) == "print-worker-hang") {
    while (true) pause();
  }
  // Freed memory stays in the heap (never trimmed or unmapped), so a scan sees every block the
  // process freed: stricter for "nothing left", and a stable positive control.
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_MMAP_MAX, 0);
  // The scanner's first run resolves its lazily bound library calls, whose resolver saves the
  // vector registers on the stack: done here, before any test text is in those registers.
  vv::test::MaskedBytes("warm-up of the memory scan", 0, 16).count_in_memory();
  doctest::Context ctx(argc, argv);
  return ctx.run();
}

// The child side of print_job.hpp: `veiviser print-worker` (internal, not in --help).
//
// Protocol. stdin: one JSON object {"version": 1, "lang": "nb", "outcome": <outcome_to_full_json>}
// then EOF. stdout: one line, "ok MESSAGE" or "error MESSAGE" (MESSAGE in `lang`, one line).
// Exit code: 0 printed, 1 not printed (the message says why), 2 bad request or started by hand.
#pragma once
#include <string>

namespace vv {

inline constexpr int kPrintProtocolVersion = 1;
inline constexpr size_t kPrintRequestMax = 16u << 20;  // bytes; an outcome is a few tens of KiB

// Runs the worker on fds 0 and 1. Refuses (exit 2) when stdin is a terminal.
int run_print_worker();

}  // namespace vv

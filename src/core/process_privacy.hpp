// Process-wide privacy settings made at start-up, before any session data exists: no core
// dumps (a crash must not write the session to disk) and the process is not dumpable.
#pragma once

namespace vv {

// Returns false if a setting could not be applied (the program still runs).
bool harden_process();

}  // namespace vv

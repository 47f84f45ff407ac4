// Start-up privacy settings (see process_privacy.hpp).
#include "process_privacy.hpp"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace vv {

bool harden_process() {
  struct rlimit none = {0, 0};
  bool ok = setrlimit(RLIMIT_CORE, &none) == 0;
  ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
  return ok;
}

}  // namespace vv

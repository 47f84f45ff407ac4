// Memory wiping (see wipe.hpp). explicit_bzero is in glibc since 2.25.
#include "wipe.hpp"

#include <string.h>

namespace vv {

void secure_zero(void* p, std::size_t n) {
  if (p && n) explicit_bzero(p, n);
}

void wipe(std::string& s) {
  secure_zero(s.data(), s.capacity());
  s.clear();
}

void wipe(std::vector<std::string>& v) {
  for (auto& s : v) wipe(s);
  v.clear();
}

}  // namespace vv

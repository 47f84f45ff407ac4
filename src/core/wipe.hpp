// Wiping memory that held session data: overwrite before freeing, so earlier answers are not
// left readable in the process's memory after "Avslutt og slett" or the idle reset.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace vv {

// Overwrites `n` bytes at `p` with zeros in a way the compiler may not optimise away.
void secure_zero(void* p, std::size_t n);
// Zeros the whole capacity of the string, then clears it.
void wipe(std::string& s);
void wipe(std::vector<std::string>& v);

// Zeros `N` bytes of the dead stack below the caller: what functions called before left there
// (copies of session text in their frames, registers saved by the lazy binder). Not inlined,
// so its buffer lies below the caller's frame.
template <std::size_t N>
[[gnu::noinline]] void wipe_dead_stack() {
  char buf[N];
  secure_zero(buf, N);
  asm volatile("" : : "r"(buf) : "memory");
}

}  // namespace vv

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

}  // namespace vv

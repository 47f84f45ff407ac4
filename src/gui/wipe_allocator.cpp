// Global operator new/delete for the kiosk binary that zero every block before it is freed,
// so strings, vectors and maps that held a session (answers, checklist text, QR payloads)
// leave nothing readable in the heap after "Avslutt og slett" or the idle reset.
#include <malloc.h>
#include <string.h>

#include <cstdlib>
#include <new>

namespace {

void* allocate(std::size_t n) {
  if (n == 0) n = 1;
  while (true) {
    if (void* p = std::malloc(n)) return p;
    if (std::new_handler h = std::get_new_handler())
      h();
    else
      throw std::bad_alloc();
  }
}

void* allocate_aligned(std::size_t n, std::align_val_t al) {
  std::size_t a = static_cast<std::size_t>(al);
  if (a < sizeof(void*)) a = sizeof(void*);
  std::size_t size = (n + a - 1) / a * a;
  if (size == 0) size = a;
  while (true) {
    if (void* p = std::aligned_alloc(a, size)) return p;
    if (std::new_handler h = std::get_new_handler())
      h();
    else
      throw std::bad_alloc();
  }
}

void release(void* p) noexcept {
  if (!p) return;
  explicit_bzero(p, malloc_usable_size(p));
  std::free(p);
}

}  // namespace

void* operator new(std::size_t n) { return allocate(n); }
void* operator new[](std::size_t n) { return allocate(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return allocate(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return allocate(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new(std::size_t n, std::align_val_t a) { return allocate_aligned(n, a); }
void* operator new[](std::size_t n, std::align_val_t a) { return allocate_aligned(n, a); }

void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }

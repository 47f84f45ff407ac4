// Test helper: checks a PNG screenshot is real (size, not one flat colour) and, optionally,
// that a region is predominantly red: png_check FILE MIN_BYTES [red X0 Y0 X1 Y1 FRACTION].
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#include <stb/stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <sys/stat.h>

int main(int argc, char** argv) {
  if (argc < 3) return std::fprintf(stderr, "usage: png_check FILE MIN_BYTES [red X0 Y0 X1 Y1 FRACTION]\n"), 2;
  struct stat st {};
  if (stat(argv[1], &st) != 0) return std::fprintf(stderr, "%s: missing\n", argv[1]), 1;
  if (st.st_size < std::atol(argv[2])) return std::fprintf(stderr, "%s: only %ld bytes\n", argv[1], long(st.st_size)), 1;
  int w, h, n;
  unsigned char* px = stbi_load(argv[1], &w, &h, &n, 3);
  if (!px) return std::fprintf(stderr, "%s: not a PNG\n", argv[1]), 1;
  std::set<unsigned> colours;
  for (int i = 0; i < w * h; i += 97) colours.insert(px[i * 3] << 16 | px[i * 3 + 1] << 8 | px[i * 3 + 2]);
  std::printf("%s: %dx%d, %ld bytes, %zu sampled colours\n", argv[1], w, h, long(st.st_size), colours.size());
  int rc = colours.size() < 8 ? (std::fprintf(stderr, "too few colours\n"), 1) : 0;
  if (argc >= 9 && std::string(argv[3]) == "red") {
    int x0 = std::atoi(argv[4]), y0 = std::atoi(argv[5]), x1 = std::atoi(argv[6]), y1 = std::atoi(argv[7]);
    long red = 0, all = 0;
    for (int y = y0; y < y1 && y < h; ++y)
      for (int x = x0; x < x1 && x < w; ++x, ++all) {
        const unsigned char* p = px + (y * w + x) * 3;
        if (p[0] > 140 && p[1] < 60 && p[2] < 80) ++red;
      }
    double f = all ? double(red) / all : 0;
    std::printf("red fraction %.3f\n", f);
    if (f < std::atof(argv[8])) rc = 1;
  }
  stbi_image_free(px);
  return rc;
}

// QR encoding with qrcodegen (see qr.hpp).
#include "qr.hpp"

#include <qrcodegen/qrcodegen.hpp>

namespace vv {
namespace {

// Data codewords of versions 1..40 at error correction M (ISO/IEC 18004 table 7).
constexpr int kDataCodewordsM[40] = {16,   28,   44,   64,   86,   108,  124,  154,  182,  216,  254,  290,  334,  365,
                                     415,  453,  507,  563,  627,  669,  714,  782,  860,  914,  1000, 1062, 1128, 1193,
                                     1267, 1373, 1455, 1541, 1631, 1725, 1812, 1914, 1992, 2102, 2216, 2334};

}  // namespace

bool qr_fits(const std::string& text, int max_version) {
  if (max_version < 1) return false;
  int v = max_version > 40 ? 40 : max_version;
  // One byte-mode segment: 4 bits of mode, the character count (8 bits up to version 9, else 16), 8 bits a byte.
  long bits = 4 + (v < 10 ? 8 : 16) + 8 * static_cast<long>(text.size());
  bool count_fits = v >= 10 || text.size() < 256;
  return count_fits && bits <= 8L * kDataCodewordsM[v - 1];
}

std::optional<QrMatrix> make_qr(const std::string& text, int max_version) {
  using qrcodegen::QrCode;
  using qrcodegen::QrSegment;
  try {
    std::vector<uint8_t> bytes(text.begin(), text.end());
    std::vector<QrSegment> segs{QrSegment::makeBytes(bytes)};
    QrCode qr = QrCode::encodeSegments(segs, QrCode::Ecc::MEDIUM, 1, max_version, -1, true);
    QrMatrix m;
    m.size = qr.getSize();
    m.version = qr.getVersion();
    m.modules.resize(static_cast<size_t>(m.size * m.size));
    for (int y = 0; y < m.size; ++y)
      for (int x = 0; x < m.size; ++x) m.modules[static_cast<size_t>(y * m.size + x)] = qr.getModule(x, y) ? 1 : 0;
    return m;
  } catch (const qrcodegen::data_too_long&) {
    return std::nullopt;
  }
}

}  // namespace vv

// QR encoding with qrcodegen (see qr.hpp).
#include "qr.hpp"

#include <qrcodegen/qrcodegen.hpp>

namespace vv {

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

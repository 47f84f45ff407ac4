// The HTML edition's phone numbers: the acute pages' call block (numbers to call now as tel:
// links, each with its name, and the parents rule) and tel: links for every known number in
// the rest of a page's text.
#pragma once
#include <string>
#include <vector>

#include "call_block.hpp"

namespace vv {

// The call block as a <section class="call-now">: a heading of level `level` (1..3), the lead,
// every number as <a href="tel:…"> with its name, the notices and the parents rule. Blocks after
// the first (another acute stage shown on the same page, e.g. acute_consult on the acute step)
// add only their own title and parents rule. Empty if `blocks` is empty.
std::string call_block_html(const std::vector<CallBlock>& blocks, int level);

// `html` (our own markup: tags, escaped text) with each of `phones` that stands alone in the
// text outside <a>, <svg>, <style> and <title> wrapped in <a href="tel:…">. A phone matches as
// written or as its bare digits, never inside a longer number, date or identifier.
std::string with_tel_links(const std::string& html, const std::vector<std::string>& phones);

}  // namespace vv

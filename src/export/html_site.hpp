// The HTML edition: a static, self-contained site of a pack's whole procedure, and a single
// self-contained page of one outcome. No scripts, no external resources (links are plain <a>).
#pragma once
#include <string>

#include "model.hpp"
#include "outcome.hpp"

namespace vv {

// Writes index.html, one step-<id>.html per step, stages.html and style.css into `out_dir`
// (created if missing), in the pack's own language. False with `error` set on failure.
bool export_html_site(const Content& c, const Pack& p, const std::string& out_dir, std::string* error);

// One outcome as a complete HTML document with inline CSS and the phone QR code as inline SVG.
std::string render_outcome_html(const Outcome& o);

// Escapes text for HTML element content and attribute values.
std::string html_escape(const std::string& s);

}  // namespace vv

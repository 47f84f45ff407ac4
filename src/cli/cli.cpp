// Command-line dispatch and the packs, run and export commands (see cli.hpp); check and
// preview are in cli_author.cpp, new-pack in cli_new_pack.cpp.
#include "cli.hpp"
#include "cli_common.hpp"

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "answers.hpp"
#include "html_site.hpp"
#include "pdf.hpp"
#include "phone_text.hpp"
#include "print_worker.hpp"
#include "loader.hpp"
#include "outcome.hpp"
#include "outcome_format.hpp"
#include "validator.hpp"
#include "wipe.hpp"

namespace vv::cli {
namespace {

const char* kUsage =
    "Veiviser – what to do when you are worried about a child (municipal procedures).\n"
    "\n"
    "Usage:\n"
    "  veiviser [--kiosk] [--config FILE]      the kiosk GUI (default)\n"
    "  veiviser --help | --version\n"
    "  veiviser packs                          one line per pack: id, language, version, checked date, title\n"
    "  veiviser check [DIR] [--lang nb|nn|en]  validate content, every problem of every file with what to do\n"
    "                                          (Norwegian by default); exit 0 clean, 1 on errors\n"
    "  veiviser new-pack --id ID --model levels|cards|list --out FILE   a starter pack to fill in\n"
    "  veiviser preview --pack ID [--lang nb|nn|en]   every stage and variant of a pack as the user sees it\n"
    "  veiviser run --pack ID [--lang nb|nn|en] [--answer KEY=VALUE]... [--format text|json|pdf|qr|html]\n"
    "                                          pdf: the A4 sheet; qr: the checklist-to-phone QR code as PNG;\n"
    "                                          html: one self-contained page (all to stdout)\n"
    "  veiviser export --format html --pack ID --out DIR   the pack's whole procedure as a static site\n"
    "\n"
    "Options for every command that reads content:\n"
    "  --content DIR     content directory (default: $VEIVISER_CONTENT or the installed content)\n"
    "  --local-dir DIR   a municipality's own directory: DIR/packs/*.json, DIR/contacts.json,\n"
    "                    DIR/training/vignettes.json, loaded with the national content\n"
    "                    (default for the installed content: /etc/veiviser/local, if it exists)\n"
    "  --local FILE      local contacts file (default: DIR/contacts.json or CONTENT/local/contacts.json)\n"
    "\n"
    "Exit codes of run: 0 outcome printed; 1 content invalid; 2 bad pack, key, value or option;\n"
    "3 a question the flow reaches is unanswered (the question is printed).\n";

int cmd_packs(const Common& opt) {
  Content c;
  if (!load(opt, c)) return 1;
  for (const auto& p : c.packs)
    std::cout << p.id << "\t" << p.language << "\t" << p.version << "\t" << p.laws_checked << "\t"
              << tr(p.title, p.language) << "\n";
  return 0;
}

int cmd_run(const Common& opt, const std::vector<std::string>& args) {
  std::string pack_id, lang = "nb", format = "text";
  std::vector<std::string> raw_answers;
  for (size_t i = 0; i < args.size(); ++i) {
    auto value = [&]() -> const std::string* {
      if (i + 1 >= args.size()) return nullptr;
      return &args[++i];
    };
    const std::string& a = args[i];
    const std::string* v = nullptr;
    if (a == "--pack") {
      if (!(v = value())) return bad_usage("run: --pack needs an id");
      pack_id = *v;
    } else if (a == "--lang") {
      if (!(v = value())) return bad_usage("run: --lang needs nb, nn or en");
      lang = *v;
    } else if (a == "--answer") {
      if (!(v = value())) return bad_usage("run: --answer needs KEY=VALUE");
      raw_answers.push_back(*v);
    } else if (a == "--format") {
      if (!(v = value())) return bad_usage("run: --format needs text, json, pdf, qr or html");
      format = *v;
    } else {
      return bad_usage("run: unknown argument '" + a + "'");
    }
  }
  if (pack_id.empty()) return bad_usage("run: --pack ID is required");
  if (!is_language(lang)) return bad_usage("run: unknown language '" + lang + "' (nb, nn or en)");
  if (format != "text" && format != "json" && format != "pdf" && format != "qr" && format != "html")
    return bad_usage("run: unknown format '" + format + "' (text, json, pdf, qr or html)");

  Content c;
  if (!load(opt, c)) return 1;
  const Pack* pack = c.find_pack(pack_id);
  if (!pack) {
    std::string ids;
    for (const auto& p : c.packs) ids += (ids.empty() ? "" : ", ") + p.id;
    return bad_usage("unknown pack '" + pack_id + "' (known: " + ids + ")");
  }
  Answers given;
  for (const auto& raw : raw_answers) {
    auto pa = parse_answer(c, raw);
    if (!pa.ok()) return bad_usage(pa.error);
    if (given.count(pa.key)) return bad_usage("answer '" + pa.key + "' is given twice; give each answer once");
    given[pa.key] = pa.value;
  }
  Replay r = replay(c, given);
  wipe(given);
  if (r.missing) {
    const Question& q = *r.missing;
    if (format == "json") {
      nlohmann::json j = {{"missing", q.key}, {"question", tr(q.text, lang)}};
      j["values"] = nlohmann::json::array();
      if (q.is_age)
        j["values"].push_back("0-17");
      else
        for (const auto& o : q.options) j["values"].push_back(o.value);
      std::cout << j.dump(2) << "\n";
    } else {
      std::cout << "unanswered: " << q.key << ": " << tr(q.text, lang) << "\n";
      if (q.is_age)
        std::cout << "  values: 0-17\n";
      else
        for (const auto& o : q.options) std::cout << "  " << q.key << "=" << o.value << "  " << tr(o.label, lang) << "\n";
    }
    wipe(r.effective);
    return 3;
  }
  auto o = build_outcome(c, *pack, r.effective, lang);
  wipe(r.effective);
  if (!o) {
    std::cerr << "veiviser: these answers reach no stage\n";
    return 1;
  }
  if (format == "json") {
    std::cout << outcome_to_json(*o).dump(2) << "\n";
  } else if (format == "text") {
    std::cout << outcome_to_text(*o);
  } else {
    std::string bytes = format == "pdf" ? render_pdf(*o)
                        : format == "qr" ? render_qr_png(checklist_phone_text(*o))
                                         : render_outcome_html(*o);
    if (bytes.empty()) {
      std::cerr << "veiviser: could not render " << format << "\n";
      return 1;
    }
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    wipe(bytes);
  }
  return 0;
}

// `export --format html --pack ID --out DIR`: the pack's procedure as a static site.
int cmd_export(const Common& opt, const std::vector<std::string>& args) {
  std::string pack_id, out, format;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    bool has = i + 1 < args.size();
    if (a == "--pack" && has) pack_id = args[++i];
    else if (a == "--out" && has) out = args[++i];
    else if (a == "--format" && has) format = args[++i];
    else if (a == "--pack" || a == "--out" || a == "--format") return bad_usage("export: " + a + " needs a value");
    else return bad_usage("export: unknown argument '" + a + "'");
  }
  if (format.empty()) return bad_usage("export: --format html is required");
  if (format != "html") return bad_usage("export: unknown format '" + format + "' (html)");
  if (pack_id.empty()) return bad_usage("export: --pack ID is required");
  if (out.empty()) return bad_usage("export: --out DIR is required");
  Content c;
  if (!load(opt, c)) return 1;
  const Pack* pack = c.find_pack(pack_id);
  if (!pack) return bad_usage("unknown pack '" + pack_id + "'");
  std::string error;
  if (!export_html_site(c, *pack, out, &error)) {
    std::cerr << "veiviser: export: " << error << "\n";
    return 1;
  }
  std::cout << "wrote " << (pack->steps.size() + 2) << " pages to " << out << "\n";
  return 0;
}

}  // namespace

ContentPaths paths_of(const Common& opt) {
  ContentPaths p;
  p.content_dir = opt.content_dir.empty() ? default_content_dir() : opt.content_dir;
  p.local_dir = opt.local_dir_given ? opt.local_dir : opt.content_dir.empty() ? default_local_dir() : std::string();
  p.local_contacts = opt.local_file;
  return p;
}

bool load(const Common& opt, Content& out) {
  Diagnostics diags;
  out = load_and_validate(paths_of(opt), diags);
  if (!diags.ok()) {
    std::cerr << diags.format();
    std::cerr << "veiviser: content has " << diags.error_count() << " error(s); veiviser check explains each\n";
    return false;
  }
  return true;
}

int bad_usage(const std::string& msg) {
  std::cerr << "veiviser: " << msg << "\n";
  return 2;
}

// The command is the first argument after the global options (--content, --local,
// --local-dir and their values); --help and --version stand alone. Anything else is the kiosk.
bool wants_cli(int argc, char** argv) {
  static const char* const kCommands[] = {"packs", "check", "run", "export", "new-pack", "preview", "print-worker"};
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h" || a == "--version") return true;
    if ((a == "--content" || a == "--local" || a == "--local-dir") && i + 1 < argc) {
      ++i;
      continue;
    }
    for (const char* c : kCommands)
      if (a == c) return true;
    return false;
  }
  return false;
}

int main(int argc, char** argv) {
  Common opt;
  std::string command;
  std::vector<std::string> rest;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (command.empty()) {
      if (a == "--help" || a == "-h") {
        std::cout << kUsage;
        return 0;
      }
      if (a == "--version") {
        std::cout << "veiviser " << VEIVISER_VERSION << " (content format " << kFormatVersion << ")\n";
        return 0;
      }
      if (a == "--content" && i + 1 < argc) {
        opt.content_dir = argv[++i];
        continue;
      }
      if (a == "--local" && i + 1 < argc) {
        opt.local_file = argv[++i];
        continue;
      }
      if (a == "--local-dir" && i + 1 < argc) {
        opt.local_dir = argv[++i];
        opt.local_dir_given = true;
        continue;
      }
      command = a;
      continue;
    }
    if (command != "new-pack" && a == "--content" && i + 1 < argc) {
      opt.content_dir = argv[++i];
      continue;
    }
    if (command != "new-pack" && a == "--local" && i + 1 < argc) {
      opt.local_file = argv[++i];
      continue;
    }
    if (command != "new-pack" && a == "--local-dir" && i + 1 < argc) {
      opt.local_dir = argv[++i];
      opt.local_dir_given = true;
      continue;
    }
    rest.push_back(a);
  }
  if (command == "packs") {
    if (!rest.empty()) return bad_usage("packs: takes no arguments");
    return cmd_packs(opt);
  }
  if (command == "check") return cmd_check(opt, rest);
  if (command == "new-pack") return cmd_new_pack(rest);
  if (command == "preview") return cmd_preview(opt, rest);
  if (command == "run") return cmd_run(opt, rest);
  if (command == "export") return cmd_export(opt, rest);
  // Internal, not in --help: the kiosk's print worker (src/export/print_worker.hpp). It takes its
  // request on a pipe and refuses to run from a terminal.
  if (command == "print-worker") {
    if (!rest.empty()) return bad_usage("print-worker: takes no arguments");
    return run_print_worker();
  }
  return bad_usage("unknown command '" + command + "'; see veiviser --help");
}

}  // namespace vv::cli

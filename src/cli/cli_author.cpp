// The author's commands: `check` (every problem of every file, in Norwegian by default, each
// with what to do) and `preview` (every stage and variant of a pack as the user sees it).
#include <iostream>
#include <string>
#include <vector>

#include "author_checks.hpp"
#include "cli_common.hpp"
#include "labels.hpp"
#include "outcome.hpp"
#include "validator.hpp"

namespace vv::cli {
namespace {

bool take(const std::vector<std::string>& args, size_t& i, const char* name, std::string& out) {
  if (args[i] != name || i + 1 >= args.size()) return false;
  out = args[++i];
  return true;
}

}  // namespace

int cmd_check(const Common& common, const std::vector<std::string>& args) {
  Common opt = common;
  std::string dir, lang = "nb";
  for (size_t i = 0; i < args.size(); ++i) {
    if (take(args, i, "--local", opt.local_file) || take(args, i, "--lang", lang)) continue;
    if (take(args, i, "--local-dir", opt.local_dir)) {
      opt.local_dir_given = true;
      continue;
    }
    if (!args[i].empty() && args[i][0] == '-') return bad_usage("check: unknown option '" + args[i] + "'");
    if (!dir.empty()) return bad_usage("check: takes one directory");
    dir = args[i];
  }
  if (!is_language(lang)) return bad_usage("check: unknown language '" + lang + "' (nb, nn or en)");
  if (!dir.empty()) opt.content_dir = dir;
  ContentPaths paths = paths_of(opt);
  Diagnostics diags;
  Content c = load_content(paths, diags);
  auto stats = validate(c, diags);
  diags.sort();
  std::cout << diags.format(lang);
  size_t warnings = diags.all().size() - diags.error_count();
  std::string where = paths.content_dir + (paths.local_dir.empty() ? "" : " + " + paths.local_dir);
  if (!diags.ok()) {
    if (lang == "en")
      std::cout << diags.error_count() << " error(s) in " << where << "\n";
    else
      std::cout << diags.error_count() << (lang == "nn" ? " feil og " : " feil og ") << warnings
                << (lang == "nn" ? " åtvaringar i " : " advarsler i ") << where
                << (lang == "nn" ? ": rett feila over og køyr check på nytt\n" : ": rett feilene over og kjør check på nytt\n");
    return 1;
  }
  if (lang == "en") {
    std::cout << "content ok: " << c.packs.size() << " packs; " << stats.paths
              << " answer paths checked against the safety invariants (every answer; one role and one age per\n"
                 "class of roles and ages that every rule treats alike, which covers all roles and ages)\n";
  } else {
    std::cout << (lang == "nn" ? "innhaldet er i orden: " : "innholdet er i orden: ") << c.packs.size()
              << (lang == "nn" ? " pakkar; " : " pakker; ") << stats.paths
              << (lang == "nn" ? " svarvegar sjekka mot tryggleiksreglane" : " svarveier sjekket mot sikkerhetsreglene")
              << (warnings ? (lang == "nn" ? " (sjå åtvaringane over)\n" : " (se advarslene over)\n") : "\n");
  }
  return 0;
}

int cmd_preview(const Common& opt, const std::vector<std::string>& args) {
  std::string pack_id, lang;
  for (size_t i = 0; i < args.size(); ++i) {
    if (take(args, i, "--pack", pack_id) || take(args, i, "--lang", lang)) continue;
    return bad_usage("preview: unknown argument '" + args[i] + "'");
  }
  if (pack_id.empty()) return bad_usage("preview: --pack ID is required");
  if (!lang.empty() && !is_language(lang)) return bad_usage("preview: unknown language '" + lang + "' (nb, nn or en)");
  Content c;
  if (!load(opt, c)) return 1;
  const Pack* p = c.find_pack(pack_id);
  if (!p) return bad_usage("unknown pack '" + pack_id + "'");
  if (lang.empty()) lang = p->language;
  const bool en = lang == "en", nn = lang == "nn";
  const char* national = en ? "[national]" : "[nasjonal]";
  auto ex = stage_examples(c, *p);
  std::cout << tr(p->name, lang) << " — " << (en ? "every situation the user can reach" : nn ? "alle situasjonane brukaren kan nå" : "alle situasjonene brukeren kan nå") << "\n";
  size_t dups = 0;
  for (const auto& e : ex.examples) {
    auto o = stage_view(c, *p, e.stage, e.answers, lang);
    if (!o) continue;
    std::cout << "\n== " << to_string(e.stage) << " (" << o->stage_name << ")";
    if (p->stages.at(e.stage).variants.size() > 1) std::cout << (en ? ", variant " : ", variant ") << e.variant + 1;
    std::cout << " ==\n" << (en ? "Reached for example by: " : nn ? "Til dømes når: " : "For eksempel når: ");
    bool first = true;
    for (const auto& w : o->why) {
      std::cout << (first ? "" : "; ") << w.question << " " << w.answer;
      first = false;
    }
    std::cout << "\n" << label("outcome.now", lang) << " " << national << ":\n";
    for (const auto& now : o->now) std::cout << "  * " << now.text << "  (" << now.id << ")\n";
    std::cout << (en ? "Step: " : "Steg: ") << o->step_title << " (" << o->step_id << ")\n";
    int n = 0;
    for (const auto& it : o->items) {
      std::cout << "  " << ++n << ". " << (it.national ? std::string(national) + " " : "") << it.text << "  (" << it.id << ")";
      if (!it.national)
        for (const auto& other : o->items)
          if (other.national && similar_items(it, other)) {
            std::cout << (en ? "  !! repeats national " : nn ? "  !! same som nasjonalt " : "  !! samme som nasjonalt ") << other.id;
            ++dups;
            break;
          }
      std::cout << "\n";
    }
  }
  for (const auto& [stage, variant] : ex.unreachable)
    std::cout << "\n" << (en ? "No answer reaches " : nn ? "Ingen svar når " : "Ingen svar når ") << to_string(stage) << " variant " << variant + 1 << "\n";
  if (dups) std::cout << "\n" << dups << (en ? " pack item(s) repeat a national item (W_DUPLICATE_NATIONAL)\n" : " punkt gjentar et nasjonalt punkt (W_DUPLICATE_NATIONAL)\n");
  return 0;
}

}  // namespace vv::cli

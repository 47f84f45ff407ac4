// `veiviser new-pack --id ID --model levels|cards|list --out FILE`: a starter pack (format 2)
// with every stage mapped, items tagged so the safety rules hold, and "FYLL INN" texts that
// `check` refuses (E_PLACEHOLDER) until the author has written the municipality's own words.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_common.hpp"
#include "json_reader.hpp"

namespace vv::cli {
namespace {
using ojson = nlohmann::ordered_json;
namespace fs = std::filesystem;

ojson nb(const std::string& s) { return ojson{{"nb", s}}; }

ojson item(const std::string& id, const std::string& what, std::vector<std::string> actions) {
  return ojson{{"id", id}, {"text", nb("FYLL INN: " + what)}, {"actions", actions},
               {"who", nb("FYLL INN: hvem gjør dette (for eksempel «Den som er bekymret» eller «Leder»)")},
               {"source", "FYLL INN: avsnittet i rutinen punktet bygger på"}};
}

ojson step(const std::string& id, const std::string& name, std::vector<ojson> items, const std::string& next = "") {
  ojson s{{"id", id}, {"name", nb(name)}, {"title", nb("FYLL INN: overskriften brukeren ser for " + name)},
          {"summary", nb("FYLL INN: ett eller to setninger om hva dette steget er")},
          {"source", "FYLL INN: avsnittet i rutinen"}, {"items", items}};
  if (!next.empty()) s["next"] = {{"step", next}, {"text", nb("FYLL INN: når går man videre til neste steg?")}};
  return s;
}

ojson mapping(const std::string& step, std::vector<std::string> items) { return ojson{{"step", step}, {"items", items}}; }

// The four steps of the pack's own model, in order: names and id prefixes.
struct Model {
  std::vector<std::string> ids, names;
};

Model model_of(const std::string& m) {
  if (m == "levels") return {{"niva0", "niva1", "niva2", "niva3"}, {"Nivå 0", "Nivå 1", "Nivå 2", "Nivå 3"}};
  if (m == "cards") return {{"gronn", "gronn", "gult", "rodt"}, {"Grønt kort", "Grønt kort", "Gult kort", "Rødt kort"}};
  return {{"h1", "h2", "h3", "h4"}, {"Handling 1", "Handling 2", "Handling 3", "Handling 4"}};
}

ojson starter(const std::string& id, const std::string& model) {
  Model m = model_of(model);
  ojson p;
  p["$schema"] = (fs::absolute(default_content_dir()) / "schema/pack.schema.json").string();
  p["format"] = kFormatVersion;
  p["id"] = id;
  p["name"] = nb("FYLL INN: kommunens navn, for eksempel «Eksempelvik kommune»");
  p["title"] = nb("FYLL INN: rutinens tittel");
  p["owner"] = "FYLL INN: tjenesten eller enheten som eier rutinen";
  p["language"] = "nb";
  p["version"] = "1.0.0";
  p["laws_checked"] = "FYLL INN: datoen dere kontrollerte lovhenvisningene, ÅÅÅÅ-MM-DD";
  p["source"] = {{"file", "FYLL INN: filnavnet på rutinen, for eksempel «Rutine ved bekymring 2026.pdf»"},
                 {"title", "FYLL INN: rutinens tittel slik den står i dokumentet"}};
  p["intro"] = nb("FYLL INN: en kort innledning om rutinen");
  std::vector<ojson> steps;
  steps.push_back(step("husk", "Husk: vold, overgrep og trusler",
                       {item("husk.1", "kontakt barnevernet eller politiet straks (navn og nummer)", {"contact_child_welfare", "contact_police"}),
                        item("husk.2", "ikke snakk med foreldrene om bekymringen før barnevernet eller politiet har sagt hva du skal gjøre", {"do_not_contact_parents"}),
                        item("husk.3", "er du usikker, drøft saken med barnevernet, anonymt om nødvendig", {"discuss_anonymously", "contact_child_welfare"}),
                        item("husk.4", "skriv ned det du har sett og hørt, med dato", {"document"})}));
  steps.push_back(step("akutt-helse", "Akutt fare for liv eller helse",
                       {item("akutt-helse.1", "hva gjør dere etterpå (følge opp barnet, drøfte med leder)", {"follow_up", "discuss_colleague_or_leader"})}));
  steps.push_back(step("meldeplikt", "Meldeplikt",
                       {item("meldeplikt.1", "send bekymringsmelding til barnevernet (hvordan, og hvem som sender)", {"report_child_welfare", "inform_leader"}),
                        item("meldeplikt.2", "dokumenter at meldingen er sendt", {"document"})}));
  const std::string s0 = m.ids[0], s1 = m.ids[1], s2 = m.ids[2], s3 = m.ids[3];
  std::vector<ojson> first = {item(s0 + ".1", "snakk med barnet om det du har sett", {"talk_with_child"}),
                              item(s0 + ".2", "skriv ned bekymringen", {"document"}),
                              item(s0 + ".3", "drøft bekymringen med en kollega eller leder", {"discuss_colleague_or_leader"})};
  std::vector<ojson> second = {item(s1 + ".4", "sett inn tiltak i egen tjeneste", {"measures_own_service"}),
                               item(s1 + ".5", "evaluer tiltakene etter en avtalt tid", {"evaluate"}),
                               item(s1 + ".6", "dokumenter tiltak og evaluering", {"document"})};
  if (s0 == s1) {  // cards: the green card holds both
    for (auto& i : second) first.push_back(i);
    steps.push_back(step(s0, m.names[0], first, s2));
  } else {
    steps.push_back(step(s0, m.names[0], first, s1));
    steps.push_back(step(s1, m.names[1], second, s2));
  }
  steps.push_back(step(s2, m.names[2],
                       {item(s2 + ".1", "samarbeid med andre tjenester (hvilke, og hvordan)", {"involve_other_services"}),
                        item(s2 + ".2", "avtal hvem som koordinerer", {"coordinate"}),
                        item(s2 + ".3", "dokumenter samarbeidet", {"document"})}, s3));
  steps.push_back(step(s3, m.names[3],
                       {item(s3 + ".1", "omfattende samarbeid: hvem deltar, og hvem leder det", {"involve_other_services", "coordinate"}),
                        item(s3 + ".2", "evaluer og følg opp", {"evaluate", "follow_up"}),
                        item(s3 + ".3", "dokumenter", {"document"})}));
  p["steps"] = steps;
  ojson st;
  st["acute"] = mapping("husk", {"husk.1", "husk.2", "husk.4"});
  st["emergency"] = mapping("akutt-helse", {"akutt-helse.1", "husk.4"});
  st["acute_consult"] = mapping("husk", {"husk.3", "husk.2", "husk.4"});
  st["report"] = mapping("meldeplikt", {"meldeplikt.1", "meldeplikt.2"});
  st["level0"] = mapping(s0, {s0 + ".1", s0 + ".2", s0 + ".3"});
  st["level1"] = mapping(s1, {s1 + ".4", s1 + ".5", s1 + ".6"});
  st["follow_up"] = mapping(s1, {s1 + ".5", s1 + ".6"});
  st["level2"] = mapping(s2, {s2 + ".1", s2 + ".2", s2 + ".3"});
  st["level3"] = mapping(s3, {s3 + ".1", s3 + ".2", s3 + ".3"});
  p["stages"] = st;
  p["mapping_notes"] = ojson::array({{{"finding", "Veiledning"},
                                      {"note", "Forfatterveiledningen (docs/forfatterveiledning.md, installert i /usr/share/doc/veiviser/) "
                                               "forklarer situasjonene, sikkerhetsreglene, veiviser check og veiviser preview."}}});
  return p;
}

}  // namespace

int cmd_new_pack(const std::vector<std::string>& args) {
  std::string id, model, out;
  for (size_t i = 0; i < args.size(); ++i) {
    bool has = i + 1 < args.size();
    if (args[i] == "--id" && has) id = args[++i];
    else if (args[i] == "--model" && has) model = args[++i];
    else if (args[i] == "--out" && has) out = args[++i];
    else return bad_usage("new-pack: unknown argument '" + args[i] + "'");
  }
  if (id.empty() || out.empty()) return bad_usage("new-pack: --id ID and --out FILE are required");
  if (!is_valid_id(id)) return bad_usage("new-pack: id '" + id + "' may hold only a-z, 0-9, '.', '-' and '_'");
  if (model != "levels" && model != "cards" && model != "list")
    return bad_usage("new-pack: --model must be levels, cards or list");
  if (fs::path(out).stem().string() != id)
    return bad_usage("new-pack: the file must be named after the pack id: " + id + ".json");
  std::error_code ec;
  if (fs::exists(out, ec)) return bad_usage("new-pack: " + out + " exists; it is not overwritten");
  std::ofstream f(out, std::ios::binary);
  f << starter(id, model).dump(2) << "\n";
  if (!f.good()) return bad_usage("new-pack: could not write " + out);
  std::cout << "skrev " << out << ": fyll inn alle «FYLL INN», og kjør så veiviser check --local-dir MAPPE\n";
  return 0;
}

}  // namespace vv::cli

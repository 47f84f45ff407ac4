#!/usr/bin/env python3
"""Validate Veiviser content against the JSON Schemas in content/schema/.

Usage:
  python3 tests/schema_check.py CONTENT_DIR
  python3 tests/schema_check.py --self-test CONTENT_DIR

Normal mode validates national/questions.json, national/rules.json, national/laws.json,
national/contacts.json, local/contacts.json and every packs/*.json against its schema,
prints every error as "file: json-path: message", and ends with "N passed, M failed"
(files). Exit status 1 on any error.

--self-test makes broken copies (in memory) of each content file that exists: for every
file an unknown key at the top level, "format": 1 (a format-1 file), a bad URL where the
file has a "url" key, an unknown action tag where the file has items; and what format 2
changed, per kind of file (see mutations()): for a pack, a missing "emergency" mapping, a
variant without "when", a "when" key a pack may not branch on, "needs_consent" that is
not a boolean; for questions, the format-1 key "parents_consent" and an acute value
outside yes/health/unsure/no; for rules, a missing stage name for "emergency", an unknown
stage in a national link; for laws, the format-1 status "confirmed" and key
"checked_against", an unconfirmed law without a note; for contacts, an unknown kind.
Each broken copy must be rejected with an error the original file does not have. Ends
with "N passed, M failed" (broken copies); exit status 1 if any broken copy is accepted.

Needs python3-jsonschema (Debian 12 ships 4.10.x; newer versions work too). Schemas are
resolved from the local files only: their $ids use the .invalid TLD and nothing is
fetched from the network.
"""
import copy
import glob
import json
import os
import re
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError
except ImportError:  # pragma: no cover
    sys.stderr.write("schema_check: python3-jsonschema is missing (apt-get install -y python3-jsonschema)\n")
    sys.exit(2)

SCHEMA_BASE = "https://veiviser.invalid/schema/"

# (path relative to CONTENT_DIR, schema URI)
NATIONAL_FILES = [
    ("national/questions.json", SCHEMA_BASE + "questions.schema.json"),
    ("national/rules.json", SCHEMA_BASE + "rules.schema.json"),
    ("national/laws.json", SCHEMA_BASE + "laws.schema.json"),
    ("national/contacts.json", SCHEMA_BASE + "contacts.schema.json"),
    ("local/contacts.json", SCHEMA_BASE + "contacts.schema.json#/$defs/local"),
]
PACK_SCHEMA = SCHEMA_BASE + "pack.schema.json"


# --- validator: JSON Schema draft 2020-12 with the loader's reading of two details ----------

def _ecma_pattern(pattern):
    """JSON Schema patterns are ECMA-262: '$' (no multiline flag) matches only at the very end.
    Python's '$' also matches before a final newline, so "id\\n" would pass '^[a-z]+$'.
    Rewrite unescaped '$' outside character classes as '\\Z'."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
        elif c == "$":
            c = r"\Z"
        out.append(c)
        i += 1
    return "".join(out)


_pattern_cache = {}


def _pattern(validator, pattern, instance, schema):
    if not validator.is_type(instance, "string"):
        return
    rx = _pattern_cache.get(pattern)
    if rx is None:
        rx = _pattern_cache[pattern] = re.compile(_ecma_pattern(pattern))
    if not rx.search(instance):
        yield ValidationError("%r does not match %r" % (instance, pattern))


def _is_integer(checker, instance):
    # The loader (nlohmann::json is_number_integer) refuses 1.0 where a whole number is
    # expected; draft 2020-12 would accept it. Python's json reads 1.0 as float.
    return isinstance(instance, int) and not isinstance(instance, bool)


ContentValidator = jsonschema.validators.extend(
    Draft202012Validator,
    validators={"pattern": _pattern},
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
)


def find_schema_dir(content_dir):
    for d in (os.path.join(content_dir, "schema"),
              os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "content", "schema")):
        if os.path.isfile(os.path.join(d, "common.schema.json")):
            return d
    return None


def load_schemas(schema_dir):
    """Returns (store {uri: schema}, problems [str])."""
    store, problems = {}, []
    for path in sorted(glob.glob(os.path.join(schema_dir, "*.schema.json"))):
        try:
            with open(path, encoding="utf-8") as f:
                schema = json.load(f)
        except (OSError, ValueError) as e:
            problems.append("%s: $: cannot read schema: %s" % (path, e))
            continue
        want = SCHEMA_BASE + os.path.basename(path)
        if schema.get("$id") != want:
            problems.append("%s: $.$id: expected %r, found %r" % (path, want, schema.get("$id")))
        try:
            Draft202012Validator.check_schema(schema)
        except jsonschema.exceptions.SchemaError as e:
            problems.append("%s: %s: invalid schema: %s" % (path, json_path(e.absolute_path), e.message))
        store[want] = schema
    for name in ("common", "pack", "questions", "rules", "laws", "contacts"):
        if SCHEMA_BASE + name + ".schema.json" not in store:
            problems.append("%s: $: missing schema file" % os.path.join(schema_dir, name + ".schema.json"))
    return store, problems


class Checker:
    def __init__(self, store):
        # Drop "$schema" from the copies used for validating: jsonschema switches to the
        # stock class of a subschema's declared dialect when it follows a $ref, which
        # would lose the two loader details of ContentValidator above.
        self.store = {u: {k: v for k, v in s.items() if k != "$schema"} for u, s in store.items()}
        self.validators = {}

    def _make(self, uri):
        # A small root schema that refers to the wanted schema (or a part of it) by URI.
        root = {"$id": SCHEMA_BASE + "check-root.json", "$ref": uri}
        try:
            from referencing import Registry, Resource  # jsonschema >= 4.18
            from referencing.jsonschema import DRAFT202012
            registry = Registry().with_resources(
                (u, Resource.from_contents(s, default_specification=DRAFT202012)) for u, s in self.store.items())
            return ContentValidator(root, registry=registry)
        except (ImportError, TypeError):
            pass
        resolver = jsonschema.RefResolver(base_uri=root["$id"], referrer=root, store=dict(self.store))
        return ContentValidator(root, resolver=resolver)

    def errors(self, uri, instance):
        """Every error as (json-path, message), in document order."""
        v = self.validators.get(uri)
        if v is None:
            v = self.validators[uri] = self._make(uri)
        out = []
        for e in v.iter_errors(instance):
            out.extend(flatten(e))
        seen, unique = set(), []
        for pe in sorted(out, key=lambda x: (path_key(x[0]), x[1])):
            if pe not in seen:
                seen.add(pe)
                unique.append(pe)
        return [(json_path(p), m) for p, m in unique]


def flatten(e):
    """An error of anyOf/oneOf carries its reasons in .context; report the deepest ones."""
    if e.context:
        best = jsonschema.exceptions.best_match(e.context)
        if best is not None:
            return flatten(best)
    msg = e.message
    if e.validator == "not" and isinstance(e.validator_value, dict) and "pattern" in e.validator_value:
        msg = "%r must not match %r" % (e.instance, e.validator_value["pattern"])
    if e.validator == "enum" and isinstance(e.validator_value, list) and len(e.validator_value) > 4:
        msg = "%r is not one of: %s" % (e.instance, ", ".join(str(v) for v in e.validator_value))
    if len(msg) > 400:
        msg = msg[:400] + " ..."
    return [(tuple(e.absolute_path), msg)]


def path_key(path):
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in path)


_ident = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(path):
    s = "$"
    for p in path:
        if isinstance(p, int):
            s += "[%d]" % p
        elif _ident.match(p):
            s += "." + p
        else:
            s += "[%s]" % json.dumps(p, ensure_ascii=False)
    return s


def content_files(content_dir):
    """[(display path, schema uri, exists)] for every file the loader reads."""
    files = [(os.path.join(content_dir, rel), uri) for rel, uri in NATIONAL_FILES]
    files += [(p, PACK_SCHEMA) for p in sorted(glob.glob(os.path.join(content_dir, "packs", "*.json")))]
    return files


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# --- normal mode ---------------------------------------------------------------------------

def run_check(content_dir, checker):
    passed = failed = 0
    packs = glob.glob(os.path.join(content_dir, "packs", "*.json"))
    if not packs:
        print("%s: $: no content packs (*.json) found" % os.path.join(content_dir, "packs"))
        failed += 1
    for path, uri in content_files(content_dir):
        if not os.path.isfile(path):
            print("%s: $: required content file is missing" % path)
            failed += 1
            continue
        try:
            data = read_json(path)
        except (OSError, ValueError) as e:
            print("%s: $: not valid JSON: %s" % (path, e))
            failed += 1
            continue
        errs = checker.errors(uri, data)
        for p, m in errs:
            print("%s: %s: %s" % (path, p, m))
        if errs:
            failed += 1
        else:
            passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


# --- self-test -----------------------------------------------------------------------------

def _first_dict_with(node, key, want_type):
    if isinstance(node, dict):
        if isinstance(node.get(key), want_type):
            return node
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    for c in children:
        found = _first_dict_with(c, key, want_type)
        if found is not None:
            return found
    return None


def _first_list_item(data, key):
    """The first entry of data[key] when that is a non-empty list of objects, else None."""
    if isinstance(data, dict) and isinstance(data.get(key), list) and data[key] and isinstance(data[key][0], dict):
        return data[key][0]
    return None


def _pack_mutations(data):
    out = []
    stages = data.get("stages") if isinstance(data, dict) else None
    if not isinstance(stages, dict):
        return out
    if "emergency" in stages:
        d = copy.deepcopy(data)
        del d["stages"]["emergency"]
        out.append(("emergency stage unmapped", d))
    # A variant list made from the first plain mapping (or the first variant list found).
    for name, mapping in stages.items():
        if not isinstance(mapping, dict):
            continue
        if "variants" in mapping and isinstance(mapping["variants"], list) and mapping["variants"]:
            variant = copy.deepcopy(mapping["variants"][0])
        elif "step" in mapping:
            variant = dict(copy.deepcopy(mapping), when={})
        else:
            continue
        d = copy.deepcopy(data)
        v = copy.deepcopy(variant)
        v.pop("when", None)
        d["stages"][name] = {"variants": [v]}
        out.append(("variant without when (stage %s)" % name, d))
        d = copy.deepcopy(data)
        v = copy.deepcopy(variant)
        v["when"] = {"serious": ["yes"]}
        d["stages"][name] = {"variants": [v]}
        out.append(("variant when on 'serious' (stage %s)" % name, d))
        d = copy.deepcopy(data)
        v = copy.deepcopy(variant)
        v["when"] = {"parents_consent": ["no"]}
        d["stages"][name] = {"variants": [v]}
        out.append(("variant when on 'parents_consent' (stage %s)" % name, d))
        break
    d = copy.deepcopy(data)
    holder = _first_dict_with(d.get("steps"), "actions", list)
    if holder is not None:
        holder["needs_consent"] = "yes"
        out.append(("needs_consent not a boolean", d))
        d = copy.deepcopy(data)
        holder = _first_dict_with(d.get("steps"), "actions", list)
        holder["when"] = {"age": [16]}
        out.append(("item when age not [min, max]", d))
    return out


def _questions_mutations(data):
    out = []
    qs = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(qs, list):
        return out
    for i, q in enumerate(qs):
        if isinstance(q, dict) and q.get("key") == "consent":
            d = copy.deepcopy(data)
            d["questions"][i]["key"] = "parents_consent"
            out.append(("format-1 key parents_consent", d))
        if isinstance(q, dict) and q.get("key") == "acute" and isinstance(q.get("options"), list) and q["options"]:
            d = copy.deepcopy(data)
            d["questions"][i]["options"][0]["value"] = "medical"
            out.append(("acute value outside yes/health/unsure/no", d))
            d = copy.deepcopy(data)
            d["questions"][i]["texts"] = [{"when": {"consent": ["no"]}, "text": q.get("text")}]
            out.append(("question text when on 'consent'", d))
    return out


def _rules_mutations(data):
    out = []
    if not isinstance(data, dict):
        return out
    if isinstance(data.get("stage_names"), dict) and "emergency" in data["stage_names"]:
        d = copy.deepcopy(data)
        del d["stage_names"]["emergency"]
        out.append(("no stage name for emergency", d))
    link = _first_list_item(data, "links")
    d = copy.deepcopy(data)
    if link is not None:
        d["links"][0]["stages"] = ["level4"]
    else:
        d["links"] = [{"stages": ["level4"], "title": {"nb": "x", "nn": "x", "en": "x"}, "url": "https://lovdata.no/"}]
    out.append(("unknown stage in a national link", d))
    item = _first_list_item(data, "items")
    if item is not None:
        d = copy.deepcopy(data)
        d["items"][0]["when"] = {"answers": {"parents_consent": ["no"]}}
        out.append(("national item condition on 'parents_consent'", d))
    return out


def _laws_mutations(data):
    out = []
    law = _first_list_item(data, "laws")
    if law is None:
        return out
    d = copy.deepcopy(data)
    d["laws"][0]["status"] = "confirmed"
    out.append(("format-1 status confirmed", d))
    d = copy.deepcopy(data)
    d["laws"][0]["checked_against"] = "Lovdata"
    out.append(("format-1 key checked_against", d))
    d = copy.deepcopy(data)
    d["laws"][0]["status"] = "unconfirmed"
    d["laws"][0].pop("note", None)
    out.append(("unconfirmed law without a note", d))
    d = copy.deepcopy(data)
    d["laws"][0]["roles"] = ["lege"]
    out.append(("unknown role in roles", d))
    return out


def _contacts_mutations(data):
    out = []
    if _first_list_item(data, "contacts") is not None:
        d = copy.deepcopy(data)
        d["contacts"][0]["kind"] = "ambulance"
        out.append(("unknown contact kind", d))
    return out


def mutations(data, uri=""):
    """[(name, broken copy)]; the url and action mutations only where they apply, the
    format-2 ones by the kind of file (its schema uri)."""
    out = []
    d = copy.deepcopy(data)
    if isinstance(d, dict):
        d["zz_unknown_key"] = True
    out.append(("unknown top-level key", d))

    d = copy.deepcopy(data)
    if isinstance(d, dict):
        d["format"] = 1
    out.append(('"format": 1', d))

    d = copy.deepcopy(data)
    holder = _first_dict_with(d, "url", str)
    if holder is not None:
        holder["url"] = "K:\\Felles\\Skjema\\bekymring.docx"
        out.append(("bad url", d))

    d = copy.deepcopy(data)
    holder = _first_dict_with(d, "actions", list)
    if holder is not None:
        if holder["actions"]:
            holder["actions"][0] = "call_the_mayor"
        else:
            holder["actions"].append("call_the_mayor")
        out.append(("unknown action tag", d))

    name = uri.rsplit("/", 1)[-1].split("#", 1)[0]
    kind = {"pack.schema.json": _pack_mutations, "questions.schema.json": _questions_mutations,
            "rules.schema.json": _rules_mutations, "laws.schema.json": _laws_mutations,
            "contacts.schema.json": _contacts_mutations}.get(name)
    if kind is not None:
        out.extend(kind(data))
    return out


def run_self_test(content_dir, checker):
    passed = failed = 0
    tested_files = 0
    for path, uri in content_files(content_dir):
        if not os.path.isfile(path):
            continue
        try:
            data = read_json(path)
        except (OSError, ValueError) as e:
            print("%s: $: not valid JSON, skipped: %s" % (path, e))
            continue
        tested_files += 1
        baseline = set(checker.errors(uri, data))
        for name, broken in mutations(data, uri):
            new = [e for e in checker.errors(uri, broken) if e not in baseline]
            if new:
                passed += 1
                print("ok   %s: %s: rejected (%s: %s)" % (path, name, new[0][0], new[0][1]))
            else:
                failed += 1
                print("FAIL %s: %s: broken copy was accepted" % (path, name))
    if tested_files == 0:
        print("%s: $: no content files to test" % content_dir)
        failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def main(argv):
    args = argv[1:]
    self_test = "--self-test" in args
    args = [a for a in args if a != "--self-test"]
    if len(args) != 1 or args[0].startswith("-"):
        sys.stderr.write("usage: schema_check.py [--self-test] CONTENT_DIR\n")
        return 2
    content_dir = args[0]
    schema_dir = find_schema_dir(content_dir)
    if schema_dir is None:
        print("%s: $: no schema directory (schema/common.schema.json)" % content_dir)
        print("0 passed, 1 failed")
        return 1
    store, problems = load_schemas(schema_dir)
    if problems:
        for p in problems:
            print(p)
        print("0 passed, %d failed" % len(problems))
        return 1
    checker = Checker(store)
    return run_self_test(content_dir, checker) if self_test else run_check(content_dir, checker)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

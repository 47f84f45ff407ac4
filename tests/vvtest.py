"""What the Python test scripts share: count checks, print failures, close with the line
"N passed, M failed" (read by CI) and the exit status."""
import os
import shutil
import sys

_counts = {"passed": 0, "failed": 0, "verbose": False}


def verbose():
    """From now on passing checks are printed too ("ok   name detail"): for measured values."""
    _counts["verbose"] = True


def check(name, cond, detail=""):
    """Counts one check; prints it when it fails (with `detail`), or always after verbose()."""
    if cond:
        _counts["passed"] += 1
        if _counts["verbose"]:
            print(f"ok   {name} {detail}".rstrip())
    else:
        _counts["failed"] += 1
        print(f"FAIL {name}: {detail}" if detail != "" else f"FAIL {name}")
    return bool(cond)


def finish():
    """Prints the closing line and exits 1 if any check failed."""
    print(f"{_counts['passed']} passed, {_counts['failed']} failed")
    sys.exit(1 if _counts["failed"] else 0)


def broken_content(content, dest):
    """A copy of the content directory `content` at `dest` whose Sarpsborg pack lost a comma
    (a syntax error the kiosk must refuse: the out-of-order screen). Returns `dest`."""
    shutil.copytree(content, dest)
    pack = os.path.join(dest, "packs", "sarpsborg.json")
    with open(pack, encoding="utf-8") as f:
        text = f.read()
    with open(pack, "w", encoding="utf-8") as f:
        f.write(text.replace('",\n', '"\n', 1))
    return dest

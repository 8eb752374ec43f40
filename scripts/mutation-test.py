#!/usr/bin/env python3
"""Mutation testing of avo's own code by planted edits: do the tests notice a bug?

No mutation tool that handles C++ installs from Debian or PyPI, so this is a small driver of
planted edits. Each mutant in tests/mutation/mutants.toml names one exact snippet of one file and
what to put there instead: a bug a reviewer could plausibly miss (an inverted ratio, a skipped
fsync, a failure recorded as a rejection). For each mutant the driver writes the edit, rebuilds
the test programs, runs the test labels the mutant names, and puts the file back. A mutant is
killed when a test fails, survives when all pass, and is invalid when it no longer applies (the
snippet is gone or appears twice) or does not compile; the score is killed / (killed + survived).

usage: scripts/mutation-test.py [--build-dir build/default] [--only ID ...] [--module M ...]
                                [--list] [--threshold 0.95] [--json FILE]
Needs a configured build (cmake --preset default) and a clean working tree for the files it
edits. Takes minutes per mutant (a rebuild and the named tests): run on demand, not in CI.
Exit status: 0 when the score reaches the threshold, 1 when not, 2 on bad input.
"""

import argparse
import json
import pathlib
import signal
import subprocess
import sys
import time
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "tests" / "mutation" / "mutants.toml"


def fail(message):
    print(f"mutation-test: error: {message}", file=sys.stderr)
    sys.exit(2)


def load_mutants(path):
    try:
        data = tomllib.loads(path.read_text())
    except (OSError, tomllib.TOMLDecodeError) as e:
        fail(f"{path}: {e}")
    mutants = data.get("mutant", [])
    seen = set()
    for i, m in enumerate(mutants):
        for key in ("id", "module", "file", "find", "replace", "labels", "bug"):
            if key not in m:
                fail(f"{path}: mutant {i + 1} has no '{key}'")
        if m["id"] in seen:
            fail(f"{path}: mutant id '{m['id']}' appears twice")
        seen.add(m["id"])
    return mutants


def run(cmd, timeout):
    """Runs cmd quietly; returns (exit status, seconds, output tail)."""
    start = time.monotonic()
    try:
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        return p.returncode, time.monotonic() - start, (p.stdout + p.stderr)[-2000:]
    except subprocess.TimeoutExpired:
        return 124, time.monotonic() - start, "timed out"


def dirty(path):
    out = subprocess.run(["git", "status", "--porcelain", "--", str(path)], cwd=ROOT,
                         capture_output=True, text=True).stdout
    return bool(out.strip())


def try_mutant(m, build_dir, timeout):
    path = ROOT / m["file"]
    try:
        original = path.read_text()
    except OSError as e:
        return "invalid", f"cannot read {m['file']}: {e}", 0.0
    count = original.count(m["find"])
    if count != 1:
        return "invalid", f"the snippet appears {count} times in {m['file']}", 0.0
    if dirty(path):
        return "invalid", f"{m['file']} has uncommitted changes; commit or stash them first", 0.0
    mutated = original.replace(m["find"], m["replace"])
    # Put the file back whatever happens, Ctrl-C included.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        path.write_text(mutated)
        status, build_s, tail = run(["cmake", "--build", str(build_dir), "-j2"], timeout)
        if status != 0:
            return "invalid", "does not compile: " + tail.strip().splitlines()[-1][:160], build_s
        cmd = ["ctest", "--test-dir", str(build_dir), "-j2", "--stop-on-failure",
               "--timeout", "600"]
        cmd += ["-L", "^(" + "|".join(m["labels"]) + ")$"]
        if m.get("tests"):
            cmd += ["-R", m["tests"]]
        status, test_s, tail = run(cmd, timeout)
        failed = [line.strip() for line in tail.splitlines()
                  if "***Failed" in line or "***Timeout" in line or "***Exception" in line]
        if status == 0:
            return "survived", "every test passed", build_s + test_s
        return "killed", (failed[0] if failed else f"ctest exit {status}")[:160], build_s + test_s
    finally:
        path.write_text(original)
        signal.signal(signal.SIGINT, previous)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build-dir", default="build/default")
    ap.add_argument("--mutants", default=str(MUTANTS))
    ap.add_argument("--only", nargs="+", default=[], help="mutant ids")
    ap.add_argument("--module", nargs="+", default=[], help="modules (engine, score, ...)")
    ap.add_argument("--list", action="store_true", help="list the mutants and stop")
    ap.add_argument("--threshold", type=float, default=0.95)
    ap.add_argument("--timeout", type=int, default=3600, help="seconds per build or test run")
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args()

    mutants = load_mutants(pathlib.Path(args.mutants))
    unknown = set(args.only) - {m["id"] for m in mutants}
    if unknown:
        fail("no mutant named " + ", ".join(sorted(unknown)))
    chosen = [m for m in mutants if (not args.only or m["id"] in args.only)
              and (not args.module or m["module"] in args.module)]
    if args.list:
        for m in chosen:
            print(f"{m['id']:<32} {m['module']:<10} {m['file']}: {m['bug']}")
        return 0
    build_dir = (ROOT / args.build_dir).resolve()
    if not (build_dir / "CMakeCache.txt").exists():
        fail(f"{build_dir}: not a configured build (cmake --preset default)")

    results = []
    for i, m in enumerate(chosen, 1):
        outcome, why, seconds = try_mutant(m, build_dir, args.timeout)
        results.append({"id": m["id"], "module": m["module"], "file": m["file"],
                        "bug": m["bug"], "outcome": outcome, "why": why,
                        "seconds": round(seconds, 1)})
        print(f"[{i}/{len(chosen)}] {outcome.upper():<8} {m['id']}: {why} ({seconds:.0f} s)",
              flush=True)
    # Put the tree's own build back in step with the sources.
    run(["cmake", "--build", str(build_dir), "-j2"], args.timeout)

    killed = sum(r["outcome"] == "killed" for r in results)
    survived = sum(r["outcome"] == "survived" for r in results)
    invalid = sum(r["outcome"] == "invalid" for r in results)
    score = killed / (killed + survived) if killed + survived else 0.0
    by_module = {}
    for r in results:
        k, s = by_module.get(r["module"], (0, 0))
        by_module[r["module"]] = (k + (r["outcome"] == "killed"), s + (r["outcome"] == "survived"))
    print(f"\nmutation score {score:.1%}: {killed} killed, {survived} survived, {invalid} invalid")
    for module, (k, s) in sorted(by_module.items()):
        print(f"  {module:<10} {k}/{k + s}")
    for r in results:
        if r["outcome"] != "killed":
            print(f"  {r['outcome']}: {r['id']} ({r['bug']})")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(
            {"score": score, "killed": killed, "survived": survived, "invalid": invalid,
             "results": results}, indent=2) + "\n")
    if invalid:
        print("mutation-test: invalid mutants must be updated to the code", file=sys.stderr)
    return 0 if score >= args.threshold and invalid == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

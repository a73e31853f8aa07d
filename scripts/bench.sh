#!/usr/bin/env bash
# Runs the Article Lens benchmarks, natively and in WebAssembly in headless Chromium, and
# prints a table for each:
#
#   throughput   characters per second on a typical article, on 100 KB and on 1 MB
#   scaling      the article repeated 1×, 4×, 16×: time ratios (4 and 16 when linear)
#   memory       peak memory while analysing 1 MB; memory before and after re-analysing the
#                same text 1,000 times (must not grow)
#   page         in the built site in Chromium (e2e/bench.mjs): first visit, a 1 MB paste
#                (results on screen, longest main-thread task, clicks during the analysis)
#   budgets      each figure beside its budget:
#                  native analysis of 1 MB of news text           ≥ 5 MB/s
#                  wasm analysis in Chromium (1 MB)               ≥ 3 MB/s
#                  first visit, the analysed sample on screen     ≤ 1 s
#                  1 MB pasted, results on screen                 ≤ 0.5 s
#                  longest main-thread task meanwhile             ≤ 100 ms
#                  clicks answered during the analysis            ≤ 100 ms
#                  dist/, gzip                                    ≤ 800 KB
#
# Usage: scripts/bench.sh [--quick] [--native] [--check]
#   --quick    criterion's quick mode, less precise
#   --native   skip the WebAssembly part (which sets up the web tools and builds dist/)
#   --check    exit status 1 when a budget is missed (without it, only memory growth fails)
#
# The budgets are held here, not by the tests: timed on a busy machine they mean nothing, so
# run this on an otherwise idle one. The tests check the same behaviour without a clock.
#
# Criterion's own reports stay in <target>/criterion/. Figures are recorded in
# docs/benchmarks.md; run on an otherwise idle machine for numbers worth recording.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
QUICK=()
WASM=1
CHECK=()
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=(--quick) ;;
    --native) WASM=0 ;;
    --check) CHECK=(--check) ;;
    *) echo "usage: scripts/bench.sh [--quick] [--native] [--check]" >&2; exit 2 ;;
  esac
done
NATIVE_MIN_MBS=5

echo "=== machine"
echo "  cpus: $(nproc), $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
echo "  $(rustc --version)"

echo "=== build"
BIN="$(cargo bench --bench analyze --no-run 2>&1 | tee /dev/stderr |
  sed -n 's/.*Executable .*(\(.*\)).*/\1/p' | tail -1)"
[ -x "$BIN" ] || BIN="$ROOT/$BIN"

echo "=== criterion"
"$BIN" --bench "${QUICK[@]}" 2>&1 | grep -E '^[a-z].*/|time:|thrpt:' || true

echo "=== memory"
MEMLOG="$(mktemp)"
mem_status=0
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v "$BIN" --memory >"$MEMLOG" 2>&1 || mem_status=$?
else
  "$BIN" --memory >"$MEMLOG" 2>&1 || mem_status=$?
fi
echo "  (figures in the summary below)"
MAXRSS="$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$MEMLOG")"

echo
echo "=== summary"
budget_status=0
python3 - "$TARGET_DIR/criterion" "${MAXRSS:-}" "$NATIVE_MIN_MBS" "${#CHECK[@]}" <<'EOF' || budget_status=$?
import json, os, sys
root, maxrss, min_mbs, check = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4] == "1"

def load(group, name):
    d = os.path.join(root, group, name, "new")
    try:
        est = json.load(open(os.path.join(d, "estimates.json")))
        bench = json.load(open(os.path.join(d, "benchmark.json")))
    except OSError:
        return None
    ns = est["median"]["point_estimate"]
    lo = est["median"]["confidence_interval"]["lower_bound"]
    hi = est["median"]["confidence_interval"]["upper_bound"]
    chars = (bench.get("throughput") or {}).get("Elements")
    return ns, lo, hi, chars

def fmt_time(ns):
    for unit, f in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= f:
            return f"{ns / f:.2f} {unit}"
    return f"{ns:.0f} ns"

rows = [("throughput", "article"), ("throughput", "100KB"), ("throughput", "1MB"),
        ("scaling", "1x"), ("scaling", "4x"), ("scaling", "16x")]
print(f"  {'benchmark':<22} {'characters':>11} {'median time':>12} {'Mchars/s':>9}  ratio")
base = None
for group, name in rows:
    r = load(group, name)
    if r is None:
        print(f"  {group + '/' + name:<22} (no result)")
        continue
    ns, lo, hi, chars = r
    rate = chars / (ns / 1e9) / 1e6 if chars else float("nan")
    ratio = ""
    if group == "scaling":
        if name == "1x":
            base = ns
        elif base:
            ratio = f"{ns / base:.2f}× the 1× time"
    print(f"  {group + '/' + name:<22} {chars or 0:>11,} {fmt_time(ns):>12} {rate:>9.2f}  {ratio}")
if maxrss:
    print(f"  peak resident set of the memory run (/usr/bin/time): {int(maxrss):,} kB")
# The budget: news text is almost all ASCII, and a character is at least a byte, so
# characters per second are a lower bound of bytes per second.
r = load("throughput", "1MB")
rate = r[3] / (r[0] / 1e9) / 1e6 if r and r[3] else None
ok = rate is not None and rate >= min_mbs
shown = f"{rate:.2f} MB/s" if rate is not None else "no figure"
print(f"  budget: native analysis of 1 MB of news text {shown:>12}   budget ≥ {min_mbs:g} MB/s "
      f"{'ok' if ok else 'MISSED'}")
sys.exit(0 if ok or not check else 3)
EOF
grep '^memory:' "$MEMLOG" | sed 's/^memory: /  /'
rm -f "$MEMLOG"
if [ "$mem_status" != 0 ]; then
  echo "MEMORY CHECK FAILED: re-analysing the same text grows the resident set"
  exit 1
fi

if [ "$WASM" = 1 ]; then
  echo
  echo "=== wasm (setup, build of dist/, then e2e/bench.mjs)"
  # shellcheck source=scripts/setup.sh
  source "$ROOT/scripts/setup.sh" >/dev/null
  trunk build --release --offline >/dev/null 2>&1 || trunk build --release --offline
  node e2e/bench.mjs "${CHECK[@]}" || budget_status=$?
fi
if [ "$budget_status" != 0 ]; then
  echo "BUDGET MISSED (or the page benchmark failed): exit status 1"
  exit 1
fi

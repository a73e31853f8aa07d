#!/usr/bin/env bash
# Runs the Article Lens benchmarks, natively and in WebAssembly in headless Chromium, and
# prints a table for each:
#
#   throughput   characters per second on a typical article, on 100 KB and on 1 MB
#   scaling      the article repeated 1×, 4×, 16×: time ratios (4 and 16 when linear)
#   memory       peak memory while analysing 1 MB; memory before and after re-analysing the
#                same text 1,000 times (must not grow)
#
# Usage: scripts/bench.sh [--quick] [--native]
#   --quick    criterion's quick mode, less precise
#   --native   skip the WebAssembly part (which sets up the web tools and builds dist/)
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
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=(--quick) ;;
    --native) WASM=0 ;;
    *) echo "usage: scripts/bench.sh [--quick] [--native]" >&2; exit 2 ;;
  esac
done

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
python3 - "$TARGET_DIR/criterion" "${MAXRSS:-}" <<'EOF'
import json, os, sys
root, maxrss = sys.argv[1], sys.argv[2]

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
  node e2e/bench.mjs
fi

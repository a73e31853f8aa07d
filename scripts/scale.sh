#!/usr/bin/env bash
# Measures `article-lens batch` on an archive of N articles (the test articles in
# tests/fixtures/articles/ repeated; default 10,000): articles per second on 1 and 2 threads,
# peak memory, and GNU parallel running one single-threaded batch per shard. Each figure is
# the median of three runs. The outputs of all runs must be identical (same lines, same order).
#
#   scripts/scale.sh [N]
#
# The figures in docs/scale.md come from this script.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-10000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cargo build --quiet --release
BIN="$ROOT/target/release/article-lens"
command -v parallel >/dev/null || { echo "GNU parallel is missing (scripts/setup.sh installs it)" >&2; exit 1; }

python3 - "$N" "$WORK/archive.jsonl" <<'PY'
import glob, json, sys
n, out = int(sys.argv[1]), sys.argv[2]
texts = [json.load(open(p))["text"] for p in sorted(glob.glob("tests/fixtures/articles/*.json"))]
with open(out, "w") as f:
    for i in range(n):
        f.write(json.dumps({"id": i, "text": texts[i % len(texts)]}) + "\n")
PY
SIZE_MB="$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1])/1e6:.1f}')" "$WORK/archive.jsonl")"
echo "archive: $N articles, $SIZE_MB MB of JSON lines, $(nproc) cores"

# seconds of one run of "$@" (stdout to $WORK/out.jsonl, --stats line kept in $WORK/stats)
run() {
  local t0 t1
  t0="$(date +%s.%N)"
  "$@" <"$WORK/archive.jsonl" >"$WORK/out.jsonl" 2>"$WORK/stats"
  t1="$(date +%s.%N)"
  python3 -c "print(f'{$t1 - $t0:.2f}')"
}

median3() {
  printf '%s\n' "$@" | sort -g | sed -n 2p
}

measure() {
  local name="$1"
  shift
  local times=() peak=""
  for _ in 1 2 3; do
    times+=("$(run "$@")")
    if [ -n "${REFERENCE:-}" ]; then
      cmp -s "$WORK/out.jsonl" "$REFERENCE" || { echo "$name: output differs from one thread" >&2; exit 1; }
    fi
    peak="$(grep -o 'peak memory [0-9.]* MB' "$WORK/stats" | tail -1 || true)"
  done
  local t
  t="$(median3 "${times[@]}")"
  printf '%-44s %7s s %9s articles/s  %s\n' "$name" "$t" \
    "$(python3 -c "print(f'{$N / $t:.0f}')")" "${peak:-}"
  echo "$t" >"$WORK/last"
}

measure "batch --threads 1" "$BIN" batch --threads 1 --stats
cp "$WORK/out.jsonl" "$WORK/reference.jsonl"
REFERENCE="$WORK/reference.jsonl"
ONE="$(cat "$WORK/last")"
measure "batch --threads 2" "$BIN" batch --threads 2 --stats
TWO="$(cat "$WORK/last")"
measure "parallel --pipe -k -j 2 (batch --threads 1)" \
  parallel --pipe -k -j 2 --block 1M "$BIN" batch --threads 1
PAR="$(cat "$WORK/last")"
python3 -c "print(f'speed-up over one thread: 2 threads {$ONE / $TWO:.2f}x, GNU parallel {$ONE / $PAR:.2f}x')"

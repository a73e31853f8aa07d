#!/usr/bin/env bash
# Fuzzing Article Lens with cargo-fuzz (libFuzzer). Targets live in fuzz/fuzz_targets/:
#
#   analyze       arbitrary bytes -> lossy UTF-8 -> article_lens::analyze, span invariants checked
#   link_decode   arbitrary text -> article_lens::link::decode (as is and behind a1./s1.)
#
# Usage:
#   scripts/fuzz.sh smoke              every target for 20,000 runs (FUZZ_SMOKE_RUNS) over the
#                                      committed corpus; new inputs go to a temporary directory,
#                                      so the corpus is left as it is. Well under a minute of
#                                      fuzzing once built. Exit status non-zero on any finding.
#   scripts/fuzz.sh long [target…]     each target until 5,000,000 executions (FUZZ_RUNS), adding
#                                      what it finds to fuzz/corpus/<target>/; logs in
#                                      fuzz/artifacts/logs/. Then run `scripts/fuzz.sh cmin`.
#   scripts/fuzz.sh cmin [target…]     minimise the committed corpora (cargo fuzz cmin) to the
#                                      fewest inputs that reach every covered edge (hit-count
#                                      buckets are not kept: that keeps the corpus under 2 MB).
#   scripts/fuzz.sh build              build the targets only.
#
# Findings (crashing inputs) are written to fuzz/artifacts/<target>/; reproduce one with
#   cargo +nightly fuzz run -O -a -s none <target> fuzz/artifacts/<target>/<file>
#
# Needs a nightly toolchain (rustup) and cargo-fuzz; cargo-fuzz is installed into .tools/ when
# missing. Builds are release builds with debug assertions and overflow checks, without a
# sanitizer: the analysis and the link code are safe Rust, so AddressSanitizer would only slow
# the runs down.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TOOLCHAIN="${FUZZ_TOOLCHAIN:-nightly}"
CARGO_FUZZ_VERSION="0.13.2"
SMOKE_RUNS="${FUZZ_SMOKE_RUNS:-20000}"
LONG_RUNS="${FUZZ_RUNS:-5000000}"
TARGETS=(analyze link_decode)
BUILD_FLAGS=(-O -a -s none)
export PATH="$ROOT/.tools/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

# libFuzzer options per target: input size limit and dictionary.
options() {
  case "$1" in
    analyze) echo "-max_len=1024 -dict=fuzz/dict/analyze.dict" ;;
    link_decode) echo "-max_len=4096 -dict=fuzz/dict/link_decode.dict" ;;
    *) echo "unknown target $1" >&2; exit 2 ;;
  esac
}
COMMON=(-timeout=10 -rss_limit_mb=2048 -print_final_stats=1)

setup() {
  if ! rustup run "$TOOLCHAIN" rustc --version >/dev/null 2>&1; then
    echo "fuzz: installing the $TOOLCHAIN toolchain (minimal profile)"
    rustup toolchain install "$TOOLCHAIN" --profile minimal || {
      echo "fuzz: no $TOOLCHAIN toolchain: cargo-fuzz needs one" >&2
      exit 1
    }
  fi
  if [ "$(cargo-fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    echo "fuzz: installing cargo-fuzz $CARGO_FUZZ_VERSION into .tools/"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked --root "$ROOT/.tools" --force
  fi
}

build() {
  cargo "+$TOOLCHAIN" fuzz build "${BUILD_FLAGS[@]}"
}

# run <target> <runs> <corpus dir…>: the first corpus directory receives new inputs.
run() {
  local target="$1" runs="$2"
  shift 2
  # shellcheck disable=SC2046
  cargo "+$TOOLCHAIN" fuzz run "${BUILD_FLAGS[@]}" "$target" "$@" -- \
    -runs="$runs" $(options "$target") "${COMMON[@]}"
}

# A line for the summary: executions, seconds, corpus size, findings.
stats() {
  local log="$1" target="$2"
  local execs secs crashes
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  secs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | awk '{print $5}' | tail -1)
  crashes=$(find "fuzz/artifacts/$target" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) 2>/dev/null | wc -l)
  printf '  %-12s %12s executions  %6ss  %4s files in fuzz/corpus/%s  %s finding(s) in fuzz/artifacts/%s\n' \
    "$target" "${execs:-?}" "${secs:-?}" "$(find "fuzz/corpus/$target" -type f | wc -l)" "$target" \
    "$crashes" "$target"
}

mode="${1:-smoke}"
shift || true
selected=("$@")
[ ${#selected[@]} -eq 0 ] && selected=("${TARGETS[@]}")

case "$mode" in
  build)
    setup
    build
    ;;
  smoke)
    setup
    build
    failed=0
    for t in "${selected[@]}"; do
      scratch="$(mktemp -d)"
      echo "=== fuzz smoke: $t, $SMOKE_RUNS runs"
      if ! run "$t" "$SMOKE_RUNS" "$scratch" "fuzz/corpus/$t" >"$scratch.log" 2>&1; then
        failed=1
        tail -n 40 "$scratch.log"
        echo "fuzz smoke: $t FAILED (the crashing input is in fuzz/artifacts/$t/)"
      else
        grep -E '^Done|stat::number_of_executed_units' "$scratch.log" | sed 's/^/  /'
      fi
      rm -rf "$scratch" "$scratch.log"
    done
    [ "$failed" = 0 ] && echo "fuzz smoke: no findings"
    exit "$failed"
    ;;
  long)
    setup
    build
    mkdir -p fuzz/artifacts/logs
    failed=0
    for t in "${selected[@]}"; do
      log="fuzz/artifacts/logs/$t.log"
      echo "=== fuzz: $t until $LONG_RUNS executions (log: $log)"
      run "$t" "$LONG_RUNS" "fuzz/corpus/$t" >"$log" 2>&1 || failed=1
    done
    echo "=== summary"
    for t in "${selected[@]}"; do stats "fuzz/artifacts/logs/$t.log" "$t"; done
    exit "$failed"
    ;;
  cmin)
    setup
    for t in "${selected[@]}"; do
      echo "=== cmin: $t ($(find "fuzz/corpus/$t" -type f | wc -l) files before)"
      # shellcheck disable=SC2046
      cargo "+$TOOLCHAIN" fuzz cmin "${BUILD_FLAGS[@]}" "$t" -- $(options "$t") -use_counters=0
      echo "    $(find "fuzz/corpus/$t" -type f | wc -l) files, $(du -sh --apparent-size "fuzz/corpus/$t" | cut -f1)"
    done
    ;;
  *)
    echo "usage: scripts/fuzz.sh [smoke|long|cmin|build] [target…]" >&2
    exit 2
    ;;
esac

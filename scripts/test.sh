#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test of Article Lens:
#
#   fmt           cargo fmt --check
#   clippy        cargo clippy --all-targets -- -D warnings          (native: core, CLI, tests)
#   clippy-web    cargo clippy for wasm32: the web app and its tests  (-D warnings)
#   test          cargo test                                          (native unit + integration,
#                 the committed fuzz corpora replayed by tests/fuzz_corpus.rs)
#   data          python3 scripts/build_data.py --check               (when that script exists)
#   model         cargo run --release --example train_names -- --check (the name tagger's
#                 weights regenerate byte for byte from data/train/)
#   test-web      component tests in headless Chromium (wasm-bindgen-test, tests/web_*.rs),
#                 built with the web-test profile (optimised, debug assertions kept)
#   build         trunk build --release --offline                     (the site, into dist/)
#   e2e           end-to-end tests of dist/ in Chromium (e2e/tests/*.test.mjs)
#
# Every step runs even when an earlier one failed; a summary follows, and the exit status is
# non-zero when any step failed. End-to-end tests named "[needs analysis core]" check what the
# analysis finds in the sample article. Screenshots land in e2e/artifacts/.
#
# Tests check behaviour, not speed: their time-outs only catch hangs (WASM_BINDGEN_TEST_TIMEOUT
# defaults to 300 s here), so a busy machine makes them slower, not red. Budgets (first visit,
# 1 MB on screen, MB/s, size) are held by scripts/bench.sh --check. Fuzzing campaigns are
# scripts/fuzz.sh (nightly and cargo-fuzz, installed by that script); this command needs
# neither.
#
# Every process the browser steps start (chromedriver, Chromium, Node) carries a tag in its
# environment; whatever still runs with the tag after a step, or when this script exits, is
# ended and reported, so no browser outlives the test command even when a test fails.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STARTED=$SECONDS

echo "=== setup"
# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh"

export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export DIST_DIR="$ROOT/dist"
LOGS="$ROOT/e2e/artifacts"
mkdir -p "$LOGS"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-300}"

# The tag of the processes this run starts (see the header).
export ARTICLE_LENS_TEST_RUN="$$-$RANDOM-$SECONDS"
STRAYS_ENDED=0

# Ids of the processes, other than this shell and the subshell running this, whose environment
# carries this run's tag (space-separated).
tagged() {
  local dir pid
  for dir in /proc/[0-9]*; do
    pid="${dir#/proc/}"
    [ "$pid" = "$$" ] || [ "$pid" = "$BASHPID" ] && continue
    if grep -qzx "ARTICLE_LENS_TEST_RUN=$ARTICLE_LENS_TEST_RUN" "$dir/environ" 2>/dev/null; then
      printf '%s ' "$pid"
    fi
  done
}

# Ends the tagged processes left over by a step, by id: TERM, then KILL after 5 s.
end_strays() {
  local when="$1" pids pid
  pids="$(tagged)"
  [ -n "$pids" ] || return 0
  echo "=== stray processes $when, ended:"
  for pid in $pids; do
    printf '  %s %s\n' "$pid" "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-120)"
    STRAYS_ENDED=$((STRAYS_ENDED + 1))
  done
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null || true
  for _ in 1 2 3 4 5; do
    local alive=""
    for pid in $pids; do
      if [ -d "/proc/$pid" ]; then alive+="$pid "; fi
    done
    pids="$alive"
    [ -n "$pids" ] || return 0
    sleep 1
  done
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null || true
}
trap 'end_strays "at exit"' EXIT

NAMES=()
RESULTS=()
TIMES=()

step() {
  local name="$1"
  shift
  echo
  echo "=== $name: $*"
  local t=$SECONDS status=0
  "$@" || status=$?
  NAMES+=("$name")
  TIMES+=("$((SECONDS - t))s")
  if [ "$status" = 0 ]; then RESULTS+=("pass"); else RESULTS+=("FAIL (exit $status)"); fi
}

skip() {
  NAMES+=("$1")
  TIMES+=("-")
  RESULTS+=("skipped: $2")
}

web_tests() {
  CHROMEDRIVER="$CHROMEDRIVER" cargo test --profile web-test --target wasm32-unknown-unknown \
    --test 'web_*'
}

e2e_tests() {
  (cd "$ROOT/e2e" && node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$LOGS/e2e.tap" \
    tests/*.test.mjs)
}

step fmt cargo fmt --all -- --check
step clippy cargo clippy --all-targets -- -D warnings
step clippy-web cargo clippy --target wasm32-unknown-unknown --lib --bins --test 'web_*' -- -D warnings
step test cargo test
if [ -f "$ROOT/scripts/build_data.py" ]; then
  step data python3 scripts/build_data.py --check
else
  skip data "scripts/build_data.py does not exist"
fi
step model cargo run --quiet --release --example train_names -- --check
step test-web web_tests
end_strays "after test-web"
step build trunk build --release --offline
if [ "${RESULTS[${#RESULTS[@]}-1]}" = pass ]; then
  step e2e e2e_tests
  end_strays "after e2e"
else
  skip e2e "the site did not build"
fi

echo
echo "=== summary ($((SECONDS - STARTED))s in all)"
failed=0
for i in "${!NAMES[@]}"; do
  printf '  %-11s %-7s %s\n' "${NAMES[$i]}" "${TIMES[$i]}" "${RESULTS[$i]}"
  case "${RESULTS[$i]}" in FAIL*) failed=1 ;; esac
done
if [ -f "$LOGS/e2e.tap" ] && grep -q '^ *not ok' "$LOGS/e2e.tap"; then
  echo "  failed end-to-end tests:"
  grep '^ *not ok' "$LOGS/e2e.tap" | sed 's/^ *not ok [0-9]* - /    - /'
  if grep '^ *not ok' "$LOGS/e2e.tap" | grep -q 'needs analysis core'; then
    echo "    (\"[needs analysis core]\" tests pass once analyze() finds actors, quotes and places)"
  fi
fi
echo "  screenshots: e2e/artifacts/*.png"
end_strays "before the end"
echo "  stray browser or driver processes ended: $STRAYS_ENDED"
if [ "$failed" = 0 ]; then
  echo "ALL PASSED"
else
  echo "SOME STEPS FAILED"
fi
exit "$failed"

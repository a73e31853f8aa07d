#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test of Article Lens:
#
#   fmt           cargo fmt --check
#   clippy        cargo clippy --all-targets -- -D warnings          (native: core, CLI, tests)
#   clippy-web    cargo clippy for wasm32: the web app and its tests  (-D warnings)
#   test          cargo test                                          (native unit + integration)
#   data          python3 scripts/build_data.py --check               (when that script exists)
#   fuzz-smoke    scripts/fuzz.sh smoke: each cargo-fuzz target over its committed corpus and
#                 20,000 new inputs (nightly toolchain and cargo-fuzz installed when missing)
#   test-web      component tests in headless Chromium (wasm-bindgen-test, tests/web_*.rs)
#   build         trunk build --release --offline                     (the site, into dist/)
#   e2e           end-to-end tests of dist/ in Chromium (e2e/tests/*.test.mjs)
#
# Every step runs even when an earlier one failed; a summary follows, and the exit status is
# non-zero when any step failed. End-to-end tests named "[needs analysis core]" check what the
# analysis finds in the sample article. Screenshots land in e2e/artifacts/.

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
  CHROMEDRIVER="$CHROMEDRIVER" cargo test --target wasm32-unknown-unknown --test 'web_*'
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
step fuzz-smoke bash scripts/fuzz.sh smoke
step test-web web_tests
step build trunk build --release --offline
if [ "${RESULTS[${#RESULTS[@]}-1]}" = pass ]; then
  step e2e e2e_tests
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
if [ "$failed" = 0 ]; then
  echo "ALL PASSED"
else
  echo "SOME STEPS FAILED"
fi
exit "$failed"

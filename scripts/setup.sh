#!/usr/bin/env bash
# Installs everything building and testing Article Lens needs, and only what is missing:
#
#   - the wasm32-unknown-unknown Rust target, rustfmt and clippy (rustup)
#   - trunk (pinned below) and wasm-bindgen-cli (the version in Cargo.lock) into .tools/bin
#   - wasm-opt (npm package binaryen), playwright-core and axe-core into e2e/node_modules,
#     exactly as pinned in e2e/package-lock.json; wasm-opt is linked into .tools/bin
#   - Chromium and chromedriver from Debian (apt) when /usr/bin/chromium is missing
#   - GNU parallel from Debian (apt) when missing (tests/batch.rs shards a batch with it)
#   - the crates in Cargo.lock (cargo fetch), so builds can run with --offline
#
# Run it (`bash scripts/setup.sh`) or source it (`source scripts/setup.sh`): either way .tools/bin
# ends up first on PATH. A second run checks versions and installs nothing.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
TRUNK_VERSION="0.21.14"
WASM_OPT_VERSION="132"
export PATH="$TOOLS/bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root (or sudo) to run: $*"
  fi
}

APT_UPDATED=""
apt_install() {
  command -v apt-get >/dev/null || die "apt-get not found; install these by hand: $*"
  if [ -z "$APT_UPDATED" ]; then
    say "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
    APT_UPDATED=1
  fi
  say "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" </dev/null
}

# Version of a package in Cargo.lock, e.g. `locked_version wasm-bindgen`.
locked_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' \
    "$ROOT/Cargo.lock"
}

setup_system() {
  command -v cargo >/dev/null && command -v rustup >/dev/null ||
    die "Rust is missing: install it with rustup (https://rustup.rs), then run this again"
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
  local node_major
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$node_major" -ge 20 ] || die "Node.js 20 or newer is needed (found $(node --version))"
  command -v cc >/dev/null || apt_install build-essential pkg-config
  command -v python3 >/dev/null || apt_install python3
  # GNU parallel: the tested example of sharding `article-lens batch` (docs/scale.md)
  command -v parallel >/dev/null || apt_install parallel
  if [ ! -x "$CHROMIUM_PATH" ] || [ ! -x "$CHROMEDRIVER" ]; then
    apt_install chromium chromium-driver fonts-liberation fonts-dejavu-core
  fi
}

setup_rust() {
  local installed
  installed="$(rustup target list --installed)"
  grep -qx 'wasm32-unknown-unknown' <<<"$installed" || {
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  }
  installed="$(rustup component list --installed)"
  grep -q '^rustfmt' <<<"$installed" || rustup component add rustfmt
  grep -q '^clippy' <<<"$installed" || rustup component add clippy
}

setup_trunk() {
  if [ "$("$TOOLS/bin/trunk" --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION into .tools (takes a few minutes)"
    cargo install --locked trunk --version "$TRUNK_VERSION" --root "$TOOLS" --force
  fi
}

setup_wasm_bindgen() {
  local want
  want="$(locked_version wasm-bindgen)"
  [ -n "$want" ] || die "no wasm-bindgen in Cargo.lock"
  if [ "$("$TOOLS/bin/wasm-bindgen" --version 2>/dev/null)" != "wasm-bindgen $want" ] ||
    [ "$("$TOOLS/bin/wasm-bindgen-test-runner" --version 2>/dev/null)" != "wasm-bindgen-test-runner $want" ]; then
    say "installing wasm-bindgen-cli $want into .tools (takes a few minutes)"
    cargo install wasm-bindgen-cli --version "$want" --root "$TOOLS" --force
  fi
}

setup_npm() {
  local stamp="$ROOT/e2e/node_modules/.installed-from-lock"
  if ! cmp -s "$ROOT/e2e/package-lock.json" "$stamp"; then
    say "installing e2e/node_modules from e2e/package-lock.json"
    (cd "$ROOT/e2e" && npm ci --no-audit --no-fund --loglevel=error </dev/null)
    cp "$ROOT/e2e/package-lock.json" "$stamp"
  fi
  mkdir -p "$TOOLS/bin"
  ln -sfn ../../e2e/node_modules/binaryen/bin/wasm-opt "$TOOLS/bin/wasm-opt"
  "$TOOLS/bin/wasm-opt" --version | grep -q "version $WASM_OPT_VERSION" ||
    die "wasm-opt in .tools/bin is not version $WASM_OPT_VERSION"
}

setup_crates() {
  # Downloads the locked crates once; later builds run with --offline.
  (cd "$ROOT" && cargo fetch --quiet)
}

setup_main() {
  local started=$SECONDS
  setup_system
  setup_rust
  setup_trunk
  setup_wasm_bindgen
  setup_npm
  setup_crates
  say "ready in $((SECONDS - started))s: $(trunk --version), $(wasm-bindgen --version), wasm-opt $WASM_OPT_VERSION, $("$CHROMIUM_PATH" --version 2>/dev/null | head -n1)"
}

setup_main

#!/usr/bin/env bash
# Sets up what is missing, builds the site and serves it on http://127.0.0.1:8080
# (override with HOST=… PORT=…). The first visit shows the sample article.
#
# It serves the optimised release build (dist/) with the same tiny static server the
# end-to-end tests use, so what you see is exactly what gets hosted.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh"

echo "[serve] building the site (trunk build --release --offline)"
trunk build --release --offline

exec node "$ROOT/e2e/server.mjs" --dir "$ROOT/dist" --host "${HOST:-127.0.0.1}" --port "${PORT:-8080}"

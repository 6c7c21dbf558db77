#!/usr/bin/env bash
# npm test: every check, in order; the first failure stops the run with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { echo; echo "▶ $1"; }

step "browsers";            bash scripts/ensure-browsers.sh
step "typecheck";           npm run -s typecheck
step "import cycles";       npm run -s check:cycles
step "lint";                npm run -s lint
step "unit tests (vitest)"; npm run -s test:unit
step "build";               npm run -s build
step "web-ext lint (Firefox build)"; npm run -s lint:firefox
step "test build";          npm run -s build:test
step "e2e (Chromium + Firefox)"; npm run -s test:e2e

echo; echo "✓ all checks passed in $(( $(date +%s) - start )) s"

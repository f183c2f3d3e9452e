#!/usr/bin/env bash
# `npm test`: every test — unit, DOM, storage on SQLite and PostgreSQL, HTTP, and the extension in
# real Chromium and Firefox ESR against a real service. Installs the Debian packages it needs first (as root).
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/provision.sh || exit 1

results=$(mktemp -d)
status=0
# Each step's heading carries the time spent so far, so a slow CI run shows where its time went.
step() { echo; echo "== $* (at $((SECONDS / 60))m$((SECONDS % 60))s)"; }

step "typecheck"
npx tsc --noEmit -p . || status=1

step "lint (ESLint over the whole repository)"
npx eslint . || status=1

step "unit, DOM, storage (SQLite + PostgreSQL) and HTTP tests"
npx vitest run --reporter=default --reporter=json --outputFile="$results/unit.json" || status=1

step "build the extension (Chrome and Firefox)"
if npx wxt build >"$results/build.log" 2>&1 && npx wxt build -b firefox >>"$results/build.log" 2>&1; then
  echo "built .output/chrome-mv3 and .output/firefox-mv3"
  step "end-to-end tests in Chromium with the built extension"
  npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile="$results/e2e.json" || status=1
  step "end-to-end test in Firefox ESR with the built add-on (WebDriver BiDi)"
  npx vitest run -c vitest.firefox.config.ts --reporter=default --reporter=json --outputFile="$results/firefox.json" || status=1
else
  cat "$results/build.log"
  echo "the extension did not build: end-to-end tests not run"
  status=1
fi

# One closing line over both runs.
node -e '
  const fs = require("fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const f of process.argv.slice(1)) {
    if (!fs.existsSync(f)) continue;
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests;
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$results/unit.json" "$results/e2e.json" "$results/firefox.json"
rm -rf "$results"
echo "npm test took $((SECONDS / 60))m$((SECONDS % 60))s"
exit $status

#!/usr/bin/env bash
# Installs what is missing, then runs every check and test in order:
# typecheck, lint and format, unit tests, build, first-paint JS budget (100 KB gzip, no Monaco),
# end-to-end tests in Chromium.
# Ends with the line "N passed, N failed" (each check counts as one, each test as one).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser || { echo "0 passed, 1 failed"; exit 1; }

rm -rf reports && mkdir -p reports
status=0
checks_passed=0
checks_failed=0
check() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then
    checks_passed=$((checks_passed + 1))
  else
    echo "== $name FAILED"
    checks_failed=$((checks_failed + 1))
    status=1
  fi
}

check typecheck npm run --silent typecheck
check lockfile node scripts/complete-lockfile.mjs --check
check lint npx biome ci .
check unit npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
check build npx vite build
check first-paint-budget node scripts/bundle-budget.mjs
check e2e env PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json

node scripts/summary.mjs "$checks_passed" "$checks_failed"
exit $status

#!/usr/bin/env bash
# Installs what is missing: the npm dependencies (from the lockfile) and, with --browser,
# Debian's Chromium for the end-to-end tests and rsvg-convert (librsvg2-bin), which checks that
# the SVG export draws outside a browser. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies (npm ci)..."
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ]; then
  missing=()
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
  command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian for the end-to-end tests..."
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

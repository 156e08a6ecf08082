#!/usr/bin/env bash
# Installs what is missing, builds the app and serves it, with the live-session relay on the same
# origin, on http://127.0.0.1:4173/ (PORT and HOST change where).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx vite build
exec npx tsx server/main.ts

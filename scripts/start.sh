#!/usr/bin/env bash
# Installs what is missing, builds the app and serves it on http://127.0.0.1:4173/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx vite build
echo "Sidecar Studio is at http://127.0.0.1:4173/ (Ctrl+C stops it)"
exec npx vite preview --host 127.0.0.1 --port 4173 --strictPort

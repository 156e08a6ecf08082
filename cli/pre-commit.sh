#!/usr/bin/env sh
# The pre-commit hook (see .pre-commit-hooks.yaml): runs the sidecar-studio release of this
# checkout's version on the files pre-commit names. npx fetches it once and then runs it from
# its cache. Needs Node.js 20 or later. SIDECAR_STUDIO_PACKAGE may name another package
# (a version, or the path of a packed tarball).
set -eu
checkout=$(cd "$(dirname "$0")/.." && pwd)
version=$(node -p 'require(process.argv[1]).version' "$checkout/package.json")
package=${SIDECAR_STUDIO_PACKAGE:-sidecar-studio@$version}
exec npx --yes --prefer-offline --package "$package" -- sidecar-studio lint --skip-templates "$@"

#!/usr/bin/env bash
# Installs the pinned official validator (@anthropic-ai/claude-code, exact version from
# test/conformance/oracle/package-lock.json) into a cache folder, idempotently, for CI reuse.
# Folder: $PLUGIN_LENS_ORACLE_DIR, else $PLUGIN_LENS_CACHE/oracle, else <repo>/.cache/oracle.
# Prints the folder on stdout. run-oracle.mjs looks in the same places.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
src="$here/oracle"
if [[ -n "${PLUGIN_LENS_ORACLE_DIR:-}" ]]; then dest="$PLUGIN_LENS_ORACLE_DIR"
elif [[ -n "${PLUGIN_LENS_CACHE:-}" ]]; then dest="$PLUGIN_LENS_CACHE/oracle"
else dest="$repo/.cache/oracle"; fi

version="$(node -p "require('$src/package.json').dependencies['@anthropic-ai/claude-code']")"
lock_hash="$(sha256sum "$src/package-lock.json" | cut -d' ' -f1)"
stamp="$dest/.installed-lock-sha256"

# The platform package holds the native binary; the wrapper's bin/claude.exe is only a
# stub until its postinstall links it, so checking the platform binary is what counts.
oracle_works() {
  local bin
  for bin in "$dest"/node_modules/@anthropic-ai/claude-code-*/claude "$dest"/node_modules/@anthropic-ai/claude-code-*/claude.exe; do
    [[ -x "$bin" ]] || continue
    [[ "$(HOME="$dest" DISABLE_AUTOUPDATER=1 CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 "$bin" --version 2>/dev/null | cut -d' ' -f1)" == "$version" ]] && return 0
  done
  return 1
}

if [[ -f "$stamp" && "$(cat "$stamp")" == "$lock_hash" ]] && oracle_works; then
  echo "oracle @anthropic-ai/claude-code@$version already installed in $dest" >&2
  echo "$dest"
  exit 0
fi

mkdir -p "$dest"
cp "$src/package.json" "$src/package-lock.json" "$dest/"
rm -f "$stamp"
echo "installing @anthropic-ai/claude-code@$version into $dest (npm ci) ..." >&2
# --ignore-scripts: the postinstall only links the platform binary, which run-oracle.mjs
# calls directly; skipping it keeps the install identical across npm versions.
# The package's engines field says node >= 22; the native binary does not use node.
(cd "$dest" && npm ci --ignore-scripts --include=optional --no-audit --no-fund --loglevel=error >&2)
oracle_works || { echo "oracle binary did not report version $version after install" >&2; exit 1; }
echo "$lock_hash" > "$stamp"
echo "$dest"

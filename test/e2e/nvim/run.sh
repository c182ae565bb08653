#!/usr/bin/env bash
# Headless Neovim (0.7, Debian) as an independent LSP client of dist/server.js.
#   bash test/e2e/nvim/run.sh     env overrides: SERVER_JS, EXPECT, WORKSPACE, NODE, NVIM
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
e2e="$root/test/e2e"
export SERVER_JS="${SERVER_JS:-$root/dist/server.js}" EXPECT="${EXPECT:-$e2e/expected.json}" WORKSPACE="${WORKSPACE:-$e2e/workspace}"
[ -f "$SERVER_JS" ] || { echo "nvim: $SERVER_JS missing (run the build first)"; echo "nvim: 0 passed, 1 failed"; exit 1; }
command -v "${NVIM:-nvim}" >/dev/null || { echo "nvim: neovim not installed (apt-get install neovim)"; echo "nvim: 0 passed, 1 failed"; exit 1; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
# Hermetic: lsp.log, shada and swap files go to the temp dir.
export XDG_CACHE_HOME="$tmp/cache" XDG_STATE_HOME="$tmp/state" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
rc=0
timeout 120 "${NVIM:-nvim}" --headless --clean -n -i NONE -u NONE -c "luafile $e2e/nvim/lsp-e2e.lua" </dev/null || rc=$?
[ "$rc" -eq 124 ] && echo "nvim: timed out" && echo "nvim: 0 passed, 1 failed"
exit $rc

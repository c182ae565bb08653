#!/usr/bin/env bash
# Harness self-test against the throwaway dummy extension (test/e2e/dummy-ext). Not part of CI: CI runs the
# same runners against the real extension at the repo root.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"; cd "$root"
node test/e2e/dummy-ext/build.mjs
node test/e2e/build-suite.mjs
mkdir -p .test-output
(cd test/e2e/dummy-ext && "$root/node_modules/.bin/vsce" package --no-dependencies --skip-license -o "$root/.test-output/dummy.vsix" >/dev/null)
rc=0
node test/e2e/run-in-code-server.mjs --dummy || rc=1
node test/e2e/ui-smoke.mjs .test-output/dummy.vsix --expect test/e2e/dummy-ext/expected.json || rc=1
bash test/e2e/nvim/run.sh --dummy || rc=1
exit $rc

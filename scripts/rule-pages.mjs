// The rule pages `plugin-lens explain` prints, collected at build time so the CLI bundle carries them:
// each rule's hand-written prose from docs/rules/<id>.md and one reported / fixed / clean example from
// its test fixtures (test/fixtures/<kind>/<name>/<case>/, the scenarios the tests check).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const MARK = '<!-- end of generated header: write the rule\'s prose below -->';
const MAX_EXAMPLE_BYTES = 4096;

function ruleIds(docsDir) {
  const ids = [];
  for (const kind of readdirSync(docsDir)) {
    const dir = path.join(docsDir, kind);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.md')) ids.push(`${kind}/${f.slice(0, -3)}`);
  }
  return ids.sort();
}

function readSmall(file) {
  if (!existsSync(file) || statSync(file).size > MAX_EXAMPLE_BYTES) return undefined;
  const text = readFileSync(file, 'utf8');
  return text.includes('\u0000') ? undefined : text.replace(/^\uFEFF/, '');
}

function example(caseDir) {
  let spec;
  try { spec = JSON.parse(readFileSync(path.join(caseDir, 'case.json'), 'utf8')); } catch { return undefined; }
  const text = readSmall(path.join(caseDir, spec.file));
  if (text === undefined) return undefined;
  const fixed = readSmall(path.join(caseDir, `${spec.file}.fixed`));
  return { file: spec.file, text, ...(fixed !== undefined ? { fixed } : {}), line: spec.expect?.[0]?.line, targets: spec.config?.targets };
}

export function collectRulePages(root) {
  const pages = {};
  for (const id of ruleIds(path.join(root, 'docs', 'rules'))) {
    const doc = readFileSync(path.join(root, 'docs', 'rules', `${id}.md`), 'utf8');
    const prose = doc.includes(MARK) ? doc.slice(doc.indexOf(MARK) + MARK.length).trim() : '';
    const fixtureDir = path.join(root, 'test', 'fixtures', id);
    const cases = existsSync(fixtureDir) ? readdirSync(fixtureDir).sort() : [];
    const bad = cases.filter((c) => c.startsWith('bad-')).map((c) => example(path.join(fixtureDir, c))).filter(Boolean);
    const good = cases.filter((c) => c.startsWith('good-')).map((c) => example(path.join(fixtureDir, c))).filter(Boolean);
    // A reported example with its fixed text teaches most; then the shortest.
    bad.sort((a, b) => Number(b.fixed !== undefined) - Number(a.fixed !== undefined) || a.text.length - b.text.length);
    good.sort((a, b) => a.text.length - b.text.length);
    pages[id] = { prose, ...(bad[0] ? { bad: bad[0] } : {}), ...(good[0] ? { good: good[0] } : {}) };
  }
  return pages;
}

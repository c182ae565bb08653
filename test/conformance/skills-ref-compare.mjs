// Compares skills-ref (the open Agent Skills reference validator, pinned in ./skills-ref) with
// plugin-lens's open-spec findings on every skill folder of the corpus, by category.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** skills-ref message → category; plugin-lens rule ids → the same categories. */
const CATEGORIES = [
  { id: 'unknown-field', ref: /Unexpected fields in frontmatter/, lens: /^skill\/(unknown-field|upload-unsupported-field|version-top-level|spec-unknown-field)$/ },
  { id: 'name-format', ref: /^Skill name .*(must be lowercase|invalid characters|character limit)|name cannot (start|contain)/, lens: /^skill\/name-format$/ },
  { id: 'name-matches-folder', ref: /must match skill name|Directory name/i, lens: /^skill\/name-matches-folder$/ },
  { id: 'name-missing', ref: /Field 'name'|Missing required field.*name/, lens: /^skill\/name-missing$/ },
  { id: 'description', ref: /^(Description|Field 'description'|Missing required field.*description)/, lens: /^skill\/description-(missing|length)$/ },
  { id: 'compatibility', ref: /^Compatibility|Field 'compatibility'/, lens: /^skill\/compatibility-length$/ },
  { id: 'frontmatter', ref: /^(SKILL\.md must start|Invalid YAML|SKILL\.md frontmatter|Missing SKILL\.md|Failed to parse)|must be a YAML mapping/i, lens: /^skill\/(frontmatter-missing|frontmatter-unclosed|frontmatter-not-at-start|yaml-syntax|file-name)$/ },
];

function install(repo, cache) {
  const dest = join(cache, 'skills-ref');
  const src = join(repo, 'test/conformance/skills-ref');
  const marker = join(dest, 'node_modules/skills-ref/dist/validator.js');
  const lock = readFileSync(join(src, 'package-lock.json'), 'utf8');
  if (!existsSync(marker) || !existsSync(join(dest, 'package-lock.json')) || readFileSync(join(dest, 'package-lock.json'), 'utf8') !== lock) {
    mkdirSync(dest, { recursive: true });
    copyFileSync(join(src, 'package.json'), join(dest, 'package.json'));
    copyFileSync(join(src, 'package-lock.json'), join(dest, 'package-lock.json'));
    execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dest, stdio: 'inherit' });
  }
  return marker;
}

function skillDirs(root) {
  const out = [];
  const walk = (dir) => {
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    if (entries.some((e) => e.isFile() && e.name.toLowerCase() === 'skill.md')) out.push(dir);
    for (const e of entries) if (e.isDirectory() && e.name !== '.git' && e.name !== 'node_modules') walk(join(dir, e.name));
  };
  walk(root);
  return out;
}

export async function runSkillsRef({ repo, cache, corpus, lens }) {
  const { validate } = await import(pathToFileURL(install(repo, cache)).href);
  const lensBySkillDir = new Map();
  for (const d of lens.diagnostics) {
    if (!/(^|\/)skill\.md$/i.test(d.file)) continue;
    const dir = d.file.replace(/\/?[^/]*$/, '');
    if (!lensBySkillDir.has(dir)) lensBySkillDir.set(dir, []);
    lensBySkillDir.get(dir).push(d);
  }
  const table = Object.fromEntries(CATEGORIES.map((c) => [c.id, { both: 0, refOnly: 0, lensOnly: 0, refOnlyExamples: [], lensOnlyExamples: [] }]));
  let valid = 0;
  let invalid = 0;
  let other = 0;
  const otherExamples = [];
  const dirs = skillDirs(corpus);
  for (const dir of dirs) {
    const rel = relative(corpus, dir).split('\\').join('/');
    let errors;
    try { errors = await validate(dir); } catch (e) { errors = [String(e.message ?? e)]; }
    if (errors.length) invalid++; else valid++;
    // A finding that stands in for a generic one (one finding per mistake) counts for both rules.
    const lensRules = new Set((lensBySkillDir.get(rel) ?? []).flatMap((d) => [d.rule, ...(d.explains ?? [])]));
    // Each skills-ref message counts in the first category it matches (messages list field names).
    const categoryOf = (m) => CATEGORIES.find((c) => c.ref.test(m))?.id;
    for (const c of CATEGORIES) {
      const ref = errors.some((m) => categoryOf(m) === c.id);
      const ours = [...lensRules].some((r) => c.lens.test(r));
      const row = table[c.id];
      if (ref && ours) row.both++;
      else if (ref) { row.refOnly++; if (row.refOnlyExamples.length < 3) row.refOnlyExamples.push(`${rel}: ${errors.find((m) => categoryOf(m) === c.id)}`); }
      else if (ours) { row.lensOnly++; if (row.lensOnlyExamples.length < 3) row.lensOnlyExamples.push(`${rel}: ${[...lensRules].filter((r) => c.lens.test(r)).join(', ')}`); }
    }
    if (errors.some((m) => !categoryOf(m))) { other++; if (otherExamples.length < 5) otherExamples.push(`${rel}: ${errors.find((m) => !categoryOf(m))}`); }
  }
  return { skills: dirs.length, valid, invalid, uncategorized: other, otherExamples, table };
}

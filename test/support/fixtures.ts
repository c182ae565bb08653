/**
 * Scenario fixtures: `test/fixtures/<kind>/<rule-name>/<case>/` is a mini workspace plus `case.json`:
 * { "file": "path/in/case", "config"?: {...}, "expect": [{ "rule", "line" (1-based), "severity"?, "message"? }] }
 * A case named `bad-*` must produce exactly the listed findings of the rule under test; `good-*` none.
 * `<file>.fixed` holds the expected text after applying the rule's fixes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { resolveConfig, type RawConfig } from '../../server/src/core/config';
import { validateFile, type ValidateResult } from '../../server/src/core/validate';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
export const VIRTUAL_ROOT = '/ws';

export interface Expectation { rule: string; line: number; severity?: string; message?: string }
export interface CaseSpec { file: string; config?: RawConfig; expect?: Expectation[]; fixedFile?: string }

export interface FixtureCase {
  ruleId: string;
  name: string;
  dir: string;
  spec: CaseSpec;
  workspace: InMemoryWorkspace;
  /** Raw file texts by virtual path, BOM kept. */
  raw: Map<string, string>;
}

export function listFixtureCases(): FixtureCase[] {
  const out: FixtureCase[] = [];
  if (!fs.existsSync(FIXTURES)) return out;
  for (const kind of fs.readdirSync(FIXTURES).sort()) {
    const kindDir = path.join(FIXTURES, kind);
    if (!fs.statSync(kindDir).isDirectory()) continue;
    for (const rule of fs.readdirSync(kindDir).sort()) {
      const ruleDir = path.join(kindDir, rule);
      if (!fs.statSync(ruleDir).isDirectory()) continue;
      for (const name of fs.readdirSync(ruleDir).sort()) {
        const dir = path.join(ruleDir, name);
        if (!fs.existsSync(path.join(dir, 'case.json'))) continue;
        out.push(loadCase(`${kind}/${rule}`, name, dir));
      }
    }
  }
  return out;
}

function loadCase(ruleId: string, name: string, dir: string): FixtureCase {
  const spec = JSON.parse(fs.readFileSync(path.join(dir, 'case.json'), 'utf8')) as CaseSpec;
  const workspace = new InMemoryWorkspace(VIRTUAL_ROOT);
  const raw = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) { walk(abs); continue; }
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      if (rel === 'case.json' || rel.endsWith('.fixed')) continue;
      const text = fs.readFileSync(abs, 'utf8');
      raw.set(`${VIRTUAL_ROOT}/${rel}`, text);
      workspace.set(`${VIRTUAL_ROOT}/${rel}`, stripBom(text));
    }
  };
  walk(dir);
  return { ruleId, name, dir, spec, workspace, raw };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function validateCase(c: FixtureCase, textOverride?: string): ValidateResult {
  const filePath = `${VIRTUAL_ROOT}/${c.spec.file}`;
  const raw = c.raw.get(filePath);
  if (raw === undefined) throw new Error(`${c.dir}: case.json names missing file ${c.spec.file}`);
  const text = textOverride ?? stripBom(raw);
  return validateFile(
    { path: filePath, text, bom: textOverride === undefined && raw.charCodeAt(0) === 0xfeff },
    { workspace: c.workspace, config: resolveConfig(c.spec.config) },
  );
}

export function fixedPath(c: FixtureCase): string {
  return path.join(c.dir, (c.spec.fixedFile ?? c.spec.file) + '.fixed');
}

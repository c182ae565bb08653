/**
 * `--fix` / `--fix-dry-run`: apply each file's preferred fixes, re-validate, repeat (fixes can unlock
 * others), at most a few passes. Writes atomically (temp file + rename) and never touches a file whose
 * text did not change. Only safe fixes are applied. The dry run prints a unified diff instead, each file's
 * headed by `# safe: <fix>` lines (applied) and `# suggestion (not applied): <fix>` lines (lightbulb only).
 */
import * as fs from 'fs';
import * as path from 'path';
import { createTwoFilesPatch } from 'diff';
import { applyEdits, collectFixes, tierOf } from '../core/fixes';
import type { Finding } from '../core/types';
import type { FileReport } from './formats';
import { writeAtomic } from '../node/fs-util';

const MAX_PASSES = 5;

export function fixFiles(reports: FileReport[], dryRun: boolean, revalidate: (abs: string, text: string) => Finding[]): { diff: string; changed: number } {
  let diff = '';
  let changed = 0;
  for (const report of reports) {
    let text = report.text;
    let findings = report.findings;
    const applied: string[] = [];
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const { edits, fixes } = collectFixes(findings);
      if (edits.length === 0) break;
      const next = applyEdits(text, edits).text;
      if (next === text) break;
      applied.push(...fixes.map((f) => `# safe: ${f.title}`));
      text = next;
      findings = revalidate(report.abs, text);
    }
    // Suggestions are never applied in bulk; the dry run lists those still offered, for the lightbulb.
    const suggestions = findings.flatMap((f) => (f.fixes ?? []).filter((x) => tierOf(x) === 'suggestion').map((x) => `# suggestion (not applied): ${x.title} (${f.ruleId})`));
    if (dryRun && text === report.text && suggestions.length) diff += `# ${report.file}\n${suggestions.join('\n')}\n`;
    if (text === report.text) continue;
    changed++;
    if (dryRun) diff += `# ${report.file}\n${[...applied, ...suggestions].join('\n')}\n` + createTwoFilesPatch(diffName('a', report.file), diffName('b', report.file), report.text, text, '', '', { context: 3 });
    else writeAtomic(report.abs, (hadBom(report.abs) ? '\ufeff' : '') + text);
  }
  return { diff, changed };
}

/** `a/<path>` for a relative path (as git prints it); an absolute path stays as it is. */
function diffName(side: 'a' | 'b', file: string): string {
  return path.isAbsolute(file) ? file : `${side}/${file}`;
}

function hadBom(abs: string): boolean {
  try {
    const fd = fs.openSync(abs, 'r');
    const buf = Buffer.alloc(3);
    fs.readSync(fd, buf, 0, 3, 0);
    fs.closeSync(fd);
    return buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  } catch { return false; }
}

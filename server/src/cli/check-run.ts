/**
 * The uncached `check` run: scan, validate, optionally fix, and format. Loaded only when a run needs it
 * (check.ts serves cache hits without loading the validation code).
 */
import * as path from 'path';
import type { Finding } from '../core/types';
import { NodeWorkspace } from '../node/node-workspace';
import { toPosix } from '../node/scan';
import { findKnownFiles, validatePath } from '../node/validate-files';
import { loadConfig } from '../node/load-config';
import { unlistedComponentFiles } from '../core/index/referenced-files';
import { invalidateWorkspaceIndex } from '../core/index/index';
import { isDirectory } from '../node/fs-util';
import type { CheckOptions } from './args';
import { formatReport, type FileReport } from './formats';
import { fixFiles } from './fix';
import { displayPath, noKnownFileIn, notKnown, type Input } from './known-files';
import { PLAIN } from './style';
import type { Dependencies } from '../node/dependencies';
import { singleFolder, type CheckIo, type CheckOutcome } from './check';

/** One check of the inputs; `deps`, when given, records what it read for the cache. */
export function checkOnce(opts: CheckOptions, cwd: string, io: CheckIo, deps?: Dependencies): CheckOutcome {
  return checkWith(opts, cwd, io, setUp(opts, cwd), deps);
}

/** The inputs as given and resolved, the single folder argument, and the configuration they select. */
interface RunSetup { inputList: Input[]; inputs: string[]; folder?: string; loaded: ReturnType<typeof loadConfig> }

function setUp(opts: CheckOptions, cwd: string): RunSetup {
  const given = opts.stdin && opts.stdinFilename ? [opts.stdinFilename] : opts.paths;
  const inputList: Input[] = given.map((p) => ({ given: p, abs: path.resolve(cwd, p) }));
  const inputs = inputList.map((i) => i.abs);
  const folder = opts.stdin ? undefined : singleFolder(inputs);
  const loaded = loadConfig(cwd, opts.config, opts.targets, undefined, folder ?? (opts.stdin ? path.dirname(inputs[0]) : undefined));
  return { inputList, inputs, folder, loaded };
}

function checkWith(opts: CheckOptions, cwd: string, io: CheckIo, { inputList, inputs, folder, loaded }: RunSetup, deps?: Dependencies): CheckOutcome {
  const style = io.style ?? PLAIN;
  // Without a config file, a single folder argument is the workspace (cross-file rules look there).
  const root = loaded.file || !folder ? loaded.root : folder;
  const stdinText = opts.stdin ? stripBom((io.readStdin ?? (() => ''))()) : undefined;
  const freshOverlays = () => new Map<string, string>(stdinText !== undefined ? [[toPosix(inputs[0]), stdinText]] : []);
  // Folder arguments outside the root are listed whole by the scan: their listings answer probes there too.
  const folderInputs = opts.stdin ? [] : inputs.filter((i) => isDirectory(i));
  const listed = folderInputs.map(toPosix);
  let workspace = new NodeWorkspace(toPosix(root), freshOverlays(), deps, listed);
  const scan = opts.stdin ? { files: [inputs[0]], problems: [] } : findKnownFiles(inputs, workspace);
  // Files a plugin manifest points at (a root ./hooks.json …) are components even where their path says nothing.
  let fileList = withReferencedFiles(scan.files, workspace, inputs);
  let stderr = scan.problems.map((p) => `plugin-lens: ${p}\n`).join('');
  stderr += loaded.config.problems.map((p) => `plugin-lens: ${loaded.file}: ${p}\n`).join('');
  if (scan.problems.length && fileList.length === 0) return { output: '', stderr, exitCode: 2 };

  const show = (abs: string) => displayPath(abs, inputList, cwd);
  const unknown: string[] = [];
  const validate = (abs: string, override?: string): FileReport | undefined => {
    const v = validatePath(abs, workspace, loaded.config, override ?? (abs === inputs[0] ? stdinText : undefined));
    if (!v) { stderr += `plugin-lens: cannot read ${show(abs)}\n`; return undefined; }
    if (!v.result.kind) { if (!unknown.includes(abs)) unknown.push(abs); return undefined; }
    return { file: show(abs), abs, text: v.text, findings: v.result.findings };
  };

  let reports = fileList.map((f) => validate(f)).filter((r): r is FileReport => r !== undefined);
  if (opts.warnUnknown) for (const abs of unknown) stderr += `plugin-lens: ${notKnown(show(abs))}\n`;
  // Named files that are all of unknown kinds: nothing was checked, which is a usage mistake, not a pass.
  if (reports.length === 0 && unknown.length > 0 && opts.warnUnknown) return { output: '', stderr, exitCode: 2 };
  for (const i of inputList) {
    if (folderInputs.includes(i.abs) && !reports.some((r) => r.abs.startsWith(i.abs + path.sep))) {
      stderr += `plugin-lens: ${noKnownFileIn(i.given)}\n`;
    }
  }
  let prefix = '';
  if (opts.fix || opts.fixDryRun) {
    // Cross-file rules read the workspace: overlays make them see the fixed text while passes run.
    const fixed = fixFiles(reports, opts.fixDryRun, (abs, text) => {
      workspace.overlays.set(toPosix(abs), text);
      invalidateWorkspaceIndex(workspace);
      return validate(abs, text)?.findings ?? [];
    });
    prefix = fixed.diff;
    if (opts.fix) {
      // A fresh view of what was written (manifest, index, referenced files): the report equals a fresh `check`.
      workspace = new NodeWorkspace(toPosix(root), freshOverlays(), undefined, listed);
      fileList = withReferencedFiles(opts.stdin ? [inputs[0]] : findKnownFiles(inputs, workspace).files, workspace, inputs);
      reports = fileList.map((f) => validate(f)).filter((r): r is FileReport => r !== undefined);
    }
  }
  const visible = (f: Finding) => !opts.quiet || f.severity === 'error';
  const shown = reports.map((r) => ({ ...r, findings: r.findings.filter(visible) }));
  const errors = count(reports, 'error');
  const warnings = count(reports, 'warning');
  const tooManyWarnings = opts.maxWarnings !== undefined && opts.maxWarnings >= 0 && warnings > opts.maxWarnings;
  const output = prefix + formatReport(opts.format, shown, { files: reports.length, errors, warnings, infos: count(reports, 'info') }, style);
  if (tooManyWarnings) stderr += `plugin-lens: ${warnings} warnings exceed --max-warnings ${opts.maxWarnings}\n`;
  return { output, stderr, exitCode: errors > 0 || tooManyWarnings ? 1 : 0 };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The scanned files plus those a plugin manifest points at (a root ./hooks.json …) inside the inputs. */
function withReferencedFiles(scanned: readonly string[], workspace: NodeWorkspace, inputs: readonly string[]): string[] {
  const known = new Set(scanned);
  const inside = (abs: string) => inputs.some((i) => abs === i || abs.startsWith(i + path.sep));
  const unlisted = unlistedComponentFiles(workspace, { has: (p) => known.has(path.resolve(p)) }, (p) => inside(path.resolve(p)));
  return [...scanned, ...unlisted.map((p) => path.resolve(p))];
}

function count(reports: FileReport[], severity: Finding['severity']): number {
  return reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
}

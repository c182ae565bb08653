/**
 * The validation pipeline: detect kind → guard limits → parse → run the kind's rules (schema rules
 * included) → apply the user's severities → sorted findings. Never throws on bad input.
 */
import type { FileKindId, Finding, Fix, ParsedFile, ReportInput, Rule, RuleContext, Severity } from './types';
import type { Workspace } from './workspace';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config';
import { detectKind } from './kinds/detect';
import { referencedComponentFiles } from './index/referenced-files';
import { parseFile } from './parse';
import { takeEarlierParse } from './parse/handover';
import { RULES } from './rules';
import { defaultTargets, type TargetSet } from './targets';
import { relativeTo } from './paths';
import type { SurfaceId } from './surfaces';

import { reachForFile, manifestFailure, type ItemReachResult } from './reach/api';
import { getWorkspaceIndex, type PluginInfo } from './index/index';
import { MAX_FILE_BYTES, exceedsMaxNesting, parsedPart } from './limits';
import { fingerprint, hasFingerprint, type Fingerprint } from './parse/fingerprint';
import { drainSteps } from './steps';
import { appendAll } from './arrays';
export { MAX_FILE_BYTES };

export interface ValidateInput {
  path: string;
  text: string;
  /** The bytes on disk started with a UTF-8 BOM that the reader stripped. */
  bom?: boolean;
  /** Override the detected kind (e.g. the editor knows better). */
  kind?: FileKindId;
}

export interface ValidateEnv {
  workspace: Workspace;
  config?: ResolvedConfig;
  /** The user's home folder (POSIX), to tell `~/.claude` from a project `.claude` in reach. */
  home?: string;
}

export interface ValidateResult {
  kind: FileKindId | undefined;
  parsed?: ParsedFile;
  findings: Finding[];
  targets?: TargetSet;
  /**
   * The load stage's view of the file: each item it declares with its reach, decided by the channel
   * knowledge and the load effects of the findings above. Hover, sidebar, matrix and CLI read this.
   */
  reach?: ItemReachResult[];
}

/** A kind's rules in registry order, split once: the first phase's, then the reach rules (after the load stage). */
interface KindRules { first: readonly Rule[]; reach: readonly Rule[] }

const RULES_OF_KIND = new Map<FileKindId, Rule[]>();
for (const rule of RULES) {
  for (const kind of rule.kinds) RULES_OF_KIND.set(kind, [...(RULES_OF_KIND.get(kind) ?? []), rule]);
}

const split = (rules: readonly Rule[]): KindRules => ({
  first: rules.filter((r) => !r.id.startsWith('reach/')),
  reach: rules.filter((r) => r.id.startsWith('reach/')),
});
const GUARDED_RULES = split(RULES_OF_KIND.get('file') ?? []);
const DISPATCH = new Map<FileKindId, KindRules>();

/** The rules a file of `kind` runs: the `file` rules, then the kind's own (computed once per kind). */
function rulesFor(kind: FileKindId): KindRules {
  let hit = DISPATCH.get(kind);
  if (!hit) { hit = split([...(RULES_OF_KIND.get('file') ?? []), ...(RULES_OF_KIND.get(kind) ?? [])]); DISPATCH.set(kind, hit); }
  return hit;
}

/** A rule the user has not turned off, with its resolved severity and options. */
interface Enabled { rule: Rule; level: Severity; explicit: boolean; options: Record<string, unknown> }

/** Per configuration and rule list: the enabled rules, resolved once (globs are matched once, not per file). */
const ENABLED = new WeakMap<ResolvedConfig, Map<readonly Rule[], Enabled[]>>();

function enabledRules(config: ResolvedConfig, rules: readonly Rule[]): Enabled[] {
  let memo = ENABLED.get(config);
  if (!memo) { memo = new Map(); ENABLED.set(config, memo); }
  let hit = memo.get(rules);
  if (!hit) {
    hit = [];
    for (const rule of rules) {
      const level = config.severityFor(rule.id, rule.defaultSeverity);
      if (level !== 'off') hit.push({ rule, level, explicit: level !== rule.defaultSeverity, options: config.optionsFor(rule.id) });
    }
    memo.set(rules, hit);
  }
  return hit;
}

export function validateFile(input: ValidateInput, env: ValidateEnv): ValidateResult {
  return run(input, env, true);
}

/**
 * The same validation in steps (after the parse, after each rule, after the load stage), so a host can
 * spread one large file (a marketplace of hundreds of entries) over time slices between requests. Same
 * result as `validateFile` (draining it at once is `validateFile`).
 */
export function validateFileSteps(input: ValidateInput, env: ValidateEnv): Generator<void, ValidateResult> {
  return runSteps(input, env, true, true);
}

function run(input: ValidateInput, env: ValidateEnv, withReach: boolean, onFirstPhase?: (own: readonly Finding[], parsed: ParsedFile) => void): ValidateResult {
  return drainSteps(runSteps(input, env, withReach, false, onFirstPhase));
}

/**
 * Two phases: the file's own rules, then the load stage (reach from those findings' load effects,
 * the plugin's manifest and the files the item's plugin references), then the reach rules, which read
 * the load stage's result. `withReach: false` stops after the first phase (used for other files).
 */
function* runSteps(
  input: ValidateInput, env: ValidateEnv, withReach: boolean, stepwise: boolean, onFirstPhase?: (own: readonly Finding[], parsed: ParsedFile) => void,
): Generator<void, ValidateResult> {
  const config = env.config ?? DEFAULT_CONFIG;
  const rel = relativeTo(env.workspace.root, input.path);
  if (config.isIgnored(rel)) return { kind: undefined, findings: [] };
  // A file the manifest points at (a root ./hooks.json, agents listed by path) is a component too.
  const kind = input.kind ?? detectKind(input.path, () => input.text) ?? referencedComponentFiles(env.workspace).get(input.path);
  if (!kind) return { kind: undefined, findings: [] };
  const guard = guardLimits(input, kind);
  // Another file's load stage may already have run this file's first phase (a hooks.json its plugin
  // references): its parse and findings are this file's, so neither is computed twice.
  const reused = withReach && !guard && input.kind === undefined && !input.bom ? takeFirstPhase(input, kind, env, config) : undefined;
  const parseKind: FileKindId = guard ? 'file' : kind;
  const bom = input.bom === true;
  const parsed = reused?.parsed ?? takeEarlierParse(env.workspace, input.path, input.text, parseKind, bom) ?? parseFile(input.path, input.text, parseKind, bom);
  const targets = targetsFor(input.path, kind, env.workspace, config);
  const findings: Finding[] = [];
  const rules = guard ? GUARDED_RULES : rulesFor(kind);
  const stage = ruleStage(parsed, env.workspace, config, targets, findings);
  if (stepwise) yield;
  if (!reused) { if (stepwise) yield* ruleSteps(stage, rules.first); else runRules(stage, rules.first); }
  const own = reused ? [...reused.own] : preferSpecificFindings(findings);
  onFirstPhase?.(own, parsed);
  let reach: ItemReachResult[] | undefined;
  if (withReach && !guard) {
    if (input.kind === undefined) rememberFirstPhase(input, own, env);
    reach = loadStage(input.path, own, parsed, env, config);
    if (stepwise) yield;
    stage.ctx.reach = reach;
    findings.length = 0;
    appendAll(findings, own);
    if (stepwise) yield* ruleSteps(stage, rules.reach); else runRules(stage, rules.reach);
  }
  // A specific finding may also stand in for a reach finding on the same token (its `explains` names it).
  const merged = withReach && !guard ? dropExplainedReachFindings(findings) : own;
  merged.sort(byOffsetThenRule);
  return { kind, parsed, findings: merged, targets, reach };
}

/** One file's rule runs: one context, whose `report` and `options` follow the rule being run. */
interface RuleStage { ctx: RuleContext; current: Enabled | undefined; findings: Finding[] }

function ruleStage(parsed: ParsedFile, workspace: Workspace, config: ResolvedConfig, targets: TargetSet, findings: Finding[]): RuleStage {
  const stage = { current: undefined, findings } as Omit<RuleStage, 'ctx'> as RuleStage; // ctx set below: its report reads the stage
  const report = (r: ReportInput) => {
    const { rule, level, explicit } = stage.current!;
    const surfaces = r.surfaces ?? (rule.surfaces ? [...rule.surfaces] : undefined);
    if (surfaces && !surfaces.some((s) => targets.surfaces.includes(s))) return; // not a target: not reported
    const severity: Severity = explicit ? level : r.severity ?? level;
    findings.push(toFinding(parsed, rule.id, severity, r, surfaces?.filter((s) => targets.surfaces.includes(s))));
  };
  stage.ctx = { file: parsed, workspace, config, targets, options: {}, report, reach: undefined };
  return stage;
}

function runRules(stage: RuleStage, list: readonly Rule[]): void {
  for (const enabled of enabledRules(stage.ctx.config, list)) runRule(stage, enabled);
}

/** `runRules` one rule a step. */
function* ruleSteps(stage: RuleStage, list: readonly Rule[]): Generator<void> {
  for (const enabled of enabledRules(stage.ctx.config, list)) { runRule(stage, enabled); yield; }
}

function runRule(stage: RuleStage, enabled: Enabled): void {
  const { ctx } = stage;
  stage.current = enabled;
  ctx.options = enabled.options;
  try {
    enabled.rule.check(ctx);
  } catch (err) {
    // A rule bug must not hide the other findings; surface it as an internal finding.
    stage.findings.push(toFinding(ctx.file, 'file/internal-error', 'warning', {
      range: { offset: 0, length: 0 },
      message: `Plugin Lens rule ${enabled.rule.id} failed on this file (${(err as Error).message}); other rules still ran. Please report this.`,
    }, undefined));
  }
}

/** The load stage for one file: its items' reach, from the findings of every file the items come from. */
function loadStage(path: string, own: readonly Finding[], parsed: ParsedFile, env: ValidateEnv, config: ResolvedConfig): ItemReachResult[] {
  const findingsOf = (p: string): readonly Finding[] => (p === path ? own : firstPhase(p, env, config));
  const pluginFailure = (plugin: PluginInfo) => (plugin.manifestPath ? manifestFailure(findingsOf(plugin.manifestPath)) : undefined);
  try {
    return reachForFile(parsed, env.workspace, config, { home: env.home, pluginFailure, findingsOf });
  } catch {
    return [];
  }
}

const byOffsetThenRule = (a: Finding, b: Finding) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId);

/** A file's first-phase findings, remembered by the fingerprint of the text they were computed from. */
interface FirstPhase extends Fingerprint {
  /** Sorted, as `run` returns them. */
  findings: Finding[];
}

/** A first phase `firstPhase` ran for another file, kept until that file's own validation takes it. */
interface PendingFirstPhase extends Fingerprint { own: readonly Finding[]; parsed: ParsedFile; config: ResolvedConfig }

/**
 * Per workspace index (a server keeps one for its whole life): findings by path, and the parses of files
 * whose own validation is still to come. Texts are not kept (fingerprints tell a changed text): keeping
 * every manifest's text was the largest part of a large workspace's memory. Pending parses are bounded:
 * the file asked about is usually validated soon after (its plugin's folder); an evicted one is parsed again.
 */
interface FirstPhaseMemo { done: Map<string, FirstPhase>; pending: Map<string, PendingFirstPhase>; recent: Map<string, string> }
const FIRST_PHASE = new WeakMap<object, FirstPhaseMemo>();
const MAX_PENDING = 64;
/**
 * `recent`: the texts the last few `done` entries were computed from, so the files of one plugin asking for
 * its manifest's findings compare strings instead of hashing the text each time (bounded like `pending`).
 */
const MAX_RECENT = 32;

function setDone(memo: FirstPhaseMemo, path: string, text: string, entry: FirstPhase): void {
  memo.done.set(path, entry);
  memo.recent.delete(path);
  memo.recent.set(path, text);
  if (memo.recent.size > MAX_RECENT) memo.recent.delete(memo.recent.keys().next().value!);
}

function firstPhaseMemo(env: ValidateEnv): FirstPhaseMemo {
  const key = getWorkspaceIndex(env.workspace);
  let memo = FIRST_PHASE.get(key);
  if (!memo) { memo = { done: new Map(), pending: new Map(), recent: new Map() }; FIRST_PHASE.set(key, memo); }
  return memo;
}

/** The first phase `firstPhase` ran for this very text, kind and configuration, if any (taken once). */
function takeFirstPhase(input: ValidateInput, kind: FileKindId, env: ValidateEnv, config: ResolvedConfig): PendingFirstPhase | undefined {
  const pending = FIRST_PHASE.get(getWorkspaceIndex(env.workspace))?.pending;
  const hit = pending?.get(input.path);
  if (!hit) return undefined;
  pending!.delete(input.path);
  // Without a BOM the parse's text is the workspace text the fingerprint was taken of: compare it directly.
  const same = hit.parsed.bom ? hasFingerprint(input.text, hit) : input.text === hit.parsed.text;
  return hit.config === config && hit.parsed.kind === kind && same ? hit : undefined;
}

/** First-phase findings of another file (its manifest, a referenced hooks.json), memoized per index and text. */
function firstPhase(path: string, env: ValidateEnv, config: ResolvedConfig): Finding[] {
  const text = env.workspace.readFile(path);
  if (text === undefined) return [];
  const memo = firstPhaseMemo(env);
  const hit = memo.done.get(path);
  if (hit && (memo.recent.get(path) === text || hasFingerprint(text, hit))) return hit.findings;
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const print = fingerprint(text);
  let pending: PendingFirstPhase | undefined;
  const findings = run({ path, text: clean, bom: clean !== text }, { ...env, config }, false, (own, parsed) => { pending = { ...print, own: [...own], parsed, config }; }).findings;
  setDone(memo, path, text, { ...print, findings });
  if (pending) {
    memo.pending.delete(path);
    memo.pending.set(path, pending);
    if (memo.pending.size > MAX_PENDING) memo.pending.delete(memo.pending.keys().next().value!);
  }
  return findings;
}

/**
 * A file's own first phase is what `firstPhase` would compute for it when the text is the workspace's
 * (and no BOM, which `firstPhase` cannot see): other files' load stages (a skill asking for its plugin's
 * manifest findings) reuse it instead of validating the manifest a second time.
 */
function rememberFirstPhase(input: ValidateInput, own: readonly Finding[], env: ValidateEnv): void {
  // Markdown files: no other file's load stage reads their findings (a manifest-listed one is recomputed
  // when asked); remembering every SKILL.md's findings would double what hosts keep of them.
  if (input.bom || /\.md$/i.test(input.path) || env.workspace.readFile(input.path) !== input.text) return;
  setDone(firstPhaseMemo(env), input.path, input.text, { ...fingerprint(input.text), findings: [...own].sort(byOffsetThenRule) });
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** rule id → the generic rules its findings explain (from each rule's `explains`). */
const EXPLAINS = new Map<string, ReadonlySet<string>>(RULES.filter((r) => r.explains?.length).map((r) => [r.id, new Set(r.explains)]));

/** True when `specific`'s finding stands in for `generic`'s finding on the same token. */
export function explainsFinding(specific: string, generic: string): boolean {
  if (specific === generic) return false;
  // Reach findings judge surfaces, not structure: they never stand in for a schema finding.
  if (generic.endsWith('/schema')) return !specific.endsWith('/schema') && !specific.startsWith('reach/');
  return EXPLAINS.get(specific)?.has(generic) ?? false;
}

/**
 * One finding per mistake: a generic finding (a schema finding, an unknown key) and a specific rule's
 * finding on the same range say the same thing twice. Keep the specific one (it explains the effect and
 * names the fix), at the higher of the two severities, and keep the generic one's fixes as extra options.
 */
function preferSpecificFindings(findings: Finding[]): Finding[] {
  // Always a new array: the caller reuses `findings` for the reach phase.
  if (findings.length < 2) return findings.slice();
  // Only findings that share a range can be twins: group by range once (linear), not a scan per finding.
  const byRange = new Map<string, Finding[]>();
  let shared = false;
  for (const f of findings) {
    const key = `${f.offset}:${f.length}`;
    const same = byRange.get(key);
    if (same) { same.push(f); shared = true; } else byRange.set(key, [f]);
  }
  if (!shared) return findings.slice();
  return findings.filter((f) => {
    const same = byRange.get(`${f.offset}:${f.length}`)!;
    const twin = same.length < 2 ? undefined : same.find((o) => o !== f && explainsFinding(o.ruleId, f.ruleId));
    if (!twin) return true;
    if (RANK[f.severity] > RANK[twin.severity]) twin.severity = f.severity;
    if (!f.ruleId.endsWith('/schema')) twin.explains = [...new Set([...(twin.explains ?? []), f.ruleId])];
    const extra = (f.fixes ?? []).filter((x) => !twin.fixes?.some((y) => sameEdits(x, y)));
    if (extra.length) twin.fixes = [...(twin.fixes ?? []), ...extra.map((x) => ({ ...x, isPreferred: false }))];
    return false;
  });
}

/** The reach findings a specific first-phase finding on the same token explains (one pass, keyed by range). */
const REACH_EXPLAINERS: ReadonlySet<string> = new Set([...EXPLAINS].filter(([, g]) => [...g].some((x) => x.startsWith('reach/'))).map(([id]) => id));

function dropExplainedReachFindings(findings: Finding[]): Finding[] {
  if (!findings.some((f) => REACH_EXPLAINERS.has(f.ruleId))) return findings;
  const byRange = new Map<string, Finding[]>();
  for (const f of findings) if (REACH_EXPLAINERS.has(f.ruleId)) byRange.set(`${f.offset}:${f.length}`, [...(byRange.get(`${f.offset}:${f.length}`) ?? []), f]);
  return findings.filter((f) => {
    if (!f.ruleId.startsWith('reach/')) return true;
    const twin = byRange.get(`${f.offset}:${f.length}`)?.find((o) => explainsFinding(o.ruleId, f.ruleId));
    if (!twin) return true;
    if (RANK[f.severity] > RANK[twin.severity]) twin.severity = f.severity;
    twin.explains = [...new Set([...(twin.explains ?? []), f.ruleId])];
    return false;
  });
}

function sameEdits(a: Fix, b: Fix): boolean {
  return JSON.stringify(a.edits) === JSON.stringify(b.edits) && a.rename?.to === b.rename?.to;
}

/** A suggestion is never preferred: the editor must not apply a deletion or a guess on its own. */
function normalizeFixes(fixes: Fix[] | undefined): Fix[] | undefined {
  if (!fixes?.length) return undefined;
  return fixes.map((f) => (f.tier === 'safe' ? f : { ...f, tier: 'suggestion' as const, isPreferred: false }));
}

function targetsFor(path: string, kind: FileKindId, workspace: Workspace, config: ResolvedConfig): TargetSet {
  if (config.targets?.length) return { surfaces: config.targets, explicit: true };
  return defaultTargets(path, kind, workspace);
}

/** Why a file is too large, binary or too deep to parse (the validation then reports only that). */
export function guardLimits(input: ValidateInput, kind: FileKindId): 'too-large' | 'binary' | 'too-deep' | undefined {
  if (input.text.length > MAX_FILE_BYTES) return 'too-large';
  if (input.text.slice(0, 8192).includes('\u0000')) return 'binary';
  if (exceedsMaxNesting(parsedPart(input.text, kind))) return 'too-deep';
  return undefined;
}

function toFinding(file: ParsedFile, ruleId: string, severity: Severity, r: ReportInput, surfaces: SurfaceId[] | undefined): Finding {
  const textLength = file.text.length;
  let offset = r.range?.offset ?? r.node?.offset ?? 0;
  let length = r.range?.length ?? r.node?.length ?? 0;
  offset = Math.min(Math.max(0, offset), textLength);
  length = Math.max(0, Math.min(length, textLength - offset));
  const finding: Finding = {
    ruleId, severity, offset, length,
    range: { start: file.positionAt(offset), end: file.positionAt(offset + length) },
    message: r.message,
  };
  const fixes = normalizeFixes(r.fixes);
  if (fixes) finding.fixes = fixes;
  if (surfaces?.length) finding.surfaces = surfaces;
  if (r.data) finding.data = r.data;
  return finding;
}

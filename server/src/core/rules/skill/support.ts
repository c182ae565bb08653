/**
 * Shared helpers of the skill rules (not a rule): a lenient view of the frontmatter that mirrors
 * Claude Code's fallback for unquoted `: ` in one-line values, the skill's location, and the
 * dialect switch (Claude Code / upload contract / open spec).
 */
import { memoSlots } from '../../memo';
import type { Node } from '../../parse/node';
import type { ParsedFile, ReportInput, RuleContext, Severity } from '../../types';
import { parseYaml } from '../../parse/yaml';
import { splitLines, type Line } from '../../parse/frontmatter';
import { UPLOAD_SURFACES, type SurfaceId } from '../../surfaces';
import { basename, dirname, relativeTo, segments } from '../../paths';
import { findPluginRoot } from '../../targets';
import { effect, UPLOAD_LOADERS } from '../../load/effect';

export interface Field {
  key: string;
  keyNode: Node;
  /** The value as Claude Code reads it; for a hazard line, a string node over the raw text. */
  value: Node;
  /** The value is a one-line plain scalar holding `: ` that strict YAML parsers reject. */
  colonHazard: boolean;
}

export interface FrontmatterView {
  root: Node | undefined;
  fields: Field[];
  /** Top-level lines whose unquoted value holds `: ` (Claude Code recovers them; strict parsers fail). */
  hazards: Line[];
  /** YAML errors that no lenient reading explains: Claude Code drops all metadata. */
  fatal: ParsedFile['syntaxErrors'];
}

const VIEW = Symbol('frontmatterView');

const HAZARD_LINE = /^([A-Za-z0-9_][A-Za-z0-9_.-]*):[ \t]+(\S.*?)[ \t]*$/;

export function frontmatterView(file: ParsedFile): FrontmatterView {
  const slots = memoSlots(file);
  const hit = slots.get(VIEW) as FrontmatterView | undefined;
  if (hit) return hit;
  const fm = file.frontmatter;
  const view: FrontmatterView = { root: file.root, fields: [], hazards: [], fatal: [] };
  slots.set(VIEW, view);
  if (!fm?.present || fm.unclosed || fm.contentEnd <= fm.contentStart) return view;
  let yamlText = file.text.slice(fm.contentStart, fm.contentEnd);
  if (file.syntaxErrors.length > 0) {
    // Only the frontmatter's lines (contentEnd is the closing fence's line start), and only when YAML failed.
    const lines = splitLines(yamlText, fm.contentStart);
    lines.forEach((line, i) => {
      const m = HAZARD_LINE.exec(line.text);
      if (!m || /^["'|>[{&*!#]/.test(m[2]) || !/:(\s|$)/.test(m[2])) return;
      const next = lines[i + 1];
      if (next && /^[ \t]+\S/.test(next.text)) return; // a multi-line value: not recoverable by quoting one line
      const end = line.offset + line.text.length;
      if (!file.syntaxErrors.some((e) => e.offset >= line.offset && e.offset <= end)) return;
      view.hazards.push(line);
    });
    // Same-length patch: a no-break space after the colon is not a YAML separator, so offsets stay exact.
    for (const line of view.hazards) {
      const rel = line.offset - fm.contentStart;
      const valueStart = line.text.indexOf(':') + 1;
      const patched = line.text.slice(0, valueStart) + line.text.slice(valueStart).replace(/:(?=\s|$)/g, '\u00a0');
      yamlText = yamlText.slice(0, rel) + patched + yamlText.slice(rel + line.text.length);
    }
    const reparsed = view.hazards.length ? parseYaml(yamlText, fm.contentStart) : undefined;
    view.root = reparsed ? reparsed.root : file.root;
    view.fatal = reparsed ? reparsed.problems : file.syntaxErrors;
  }
  for (const prop of view.root?.type === 'object' ? view.root.children ?? [] : []) {
    const keyNode = prop.children?.[0];
    const value = prop.children?.[1];
    if (!keyNode || !value) continue;
    const hazard = view.hazards.find((l) => keyNode.offset >= l.offset && keyNode.offset <= l.offset + l.text.length);
    if (hazard) {
      const raw = file.text.slice(value.offset, value.offset + value.length);
      const node = { type: 'string', value: raw, offset: value.offset, length: value.length, parent: prop } as Node;
      view.fields.push({ key: String(keyNode.value), keyNode, value: node, colonHazard: true });
    } else {
      view.fields.push({ key: String(keyNode.value), keyNode, value, colonHazard: false });
    }
  }
  return view;
}

/** The fields Claude Code reads, or undefined when the frontmatter is missing or unreadable (empty metadata). */
export function readableFields(file: ParsedFile): Field[] | undefined {
  const view = frontmatterView(file);
  if (!file.frontmatter?.present || file.frontmatter.unclosed || view.fatal.length > 0) return undefined;
  return view.fields;
}

export function field(file: ParsedFile, key: string): Field | undefined {
  const fields = readableFields(file);
  // Last one wins, as the loaders resolve duplicate keys.
  if (!fields) return undefined;
  for (let i = fields.length - 1; i >= 0; i--) if (fields[i].key === key) return fields[i];
  return undefined;
}

export function stringOf(f: Field | undefined): string | undefined {
  return f?.value.type === 'string' ? String(f.value.value) : undefined;
}

// ---- where the skill lives ----

export interface SkillLocation {
  /** The SKILL.md this location is of. */
  path: string;
  dir: string;
  folder: string;
  pluginRoot?: string;
  /** `.claude/skills/...` (personal, project, enterprise). */
  inClaudeSkills: boolean;
  /** The plugin-root SKILL.md (the folder is the plugin root). */
  pluginRootSkill: boolean;
}

/** Per rule context: one validation of one file asks once, however many skill rules need the location. */
const LOCATION = Symbol('skillLocation');

export function locate(ctx: RuleContext): SkillLocation {
  const slots = memoSlots(ctx);
  const hit = slots.get(LOCATION) as SkillLocation | undefined;
  if (hit && hit.path === ctx.file.path) return hit;
  const dir = dirname(ctx.file.path);
  const pluginRoot = findPluginRoot(ctx.file.path, ctx.workspace);
  const loc: SkillLocation = {
    path: ctx.file.path, dir, folder: basename(dir), pluginRoot,
    inClaudeSkills: /\/\.claude\/skills\//.test(ctx.file.path),
    pluginRootSkill: pluginRoot === dir, // both normalized: the plugin root is the skill folder
  };
  slots.set(LOCATION, loc);
  return loc;
}

/**
 * A SKILL.md deeper than `skills/<name>/SKILL.md` in a plugin or `.claude/skills/`, which Claude Code
 * never loads as a skill: its path parts under the skills folder, or undefined.
 */
export function nestedSkill(ctx: RuleContext): { parts: string[]; where: string } | undefined {
    const loc = locate(ctx);
    let parts: string[] | undefined;
    let where = '';
    if (loc.pluginRoot) {
      // The plugin root is an ancestor folder of the file (normalized paths): the rest is the relative path.
      const root = loc.pluginRoot.endsWith('/') ? loc.pluginRoot.slice(0, -1) : loc.pluginRoot;
      const rel = segments(relativeTo(root, ctx.file.path));
      // A plugin.json `skills` path may point anywhere: then the layout is the author's choice.
      const manifest = ctx.workspace.readFile(`${root}/.claude-plugin/plugin.json`) ?? '';
      if (rel[0] !== 'skills' || /"skills"\s*:/.test(manifest)) return undefined;
      parts = rel.slice(1);
      where = 'plugin';
    } else {
      const i = ctx.file.path.lastIndexOf('/.claude/skills/');
      if (i < 0) return undefined;
      parts = segments(ctx.file.path.slice(i + '/.claude/skills/'.length));
      where = '.claude/skills';
      if (parts[0]?.toLowerCase() === 'synced') return undefined; // Claude Code's own download folder
    }
    return parts.length > 2 ? { parts, where } : undefined;
}

// ---- dialects ----

/** The targeted upload surfaces among `subset`. */
export function uploadTargets(ctx: RuleContext, subset: readonly SurfaceId[] = UPLOAD_SURFACES): SurfaceId[] {
  return subset.filter((s) => ctx.targets.surfaces.includes(s));
}

/** Upload-contract findings: warnings under default targets, errors when the user chose the targets. */
export function uploadSeverity(ctx: RuleContext): Severity {
  return ctx.targets.explicit ? 'error' : 'warning';
}

/** Reports an upload-contract finding when an upload surface is targeted; returns whether it did. */
export function reportUpload(ctx: RuleContext, input: ReportInput, subset: readonly SurfaceId[] = UPLOAD_SURFACES): boolean {
  const surfaces = uploadTargets(ctx, subset);
  if (surfaces.length === 0) return false;
  // The upload validator and the Skills API refuse the file: the load effect of every upload-contract finding.
  ctx.report({ severity: uploadSeverity(ctx), ...input, surfaces, data: { ...input.data, effect: input.data?.effect ?? effect('refused', UPLOAD_LOADERS) } });
  return true;
}

/**
 * A rule of the open spec that the uploaders also enforce: an upload finding when an upload surface is
 * targeted, else an `info` finding (Claude Code accepts it; other Agent Skills clients may not).
 */
export function reportUploadOrSpec(ctx: RuleContext, input: Omit<ReportInput, 'message'> & { uploadMessage: string; specMessage: string }): void {
  const { uploadMessage, specMessage, ...rest } = input;
  if (reportUpload(ctx, { ...rest, message: uploadMessage })) return;
  ctx.report({ ...rest, message: specMessage, severity: 'info' });
}

// ---- YAML text helpers ----

const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9 _.,()/-]*$/;
const YAML_WORDS = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

/** A YAML scalar for `value`: plain when unambiguous, else double-quoted with escapes. */
export function yamlScalar(value: string): string {
  if (PLAIN_SAFE.test(value) && !YAML_WORDS.test(value) && !/^[0-9.+-]/.test(value) && !/ $/.test(value)) return value;
  return doubleQuoted(value);
}

export function doubleQuoted(value: string): string {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t') + '"';
}

/** The line break the file uses (first one found). */
export function eolOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/** The line (offset, text) that contains `offset`. */
export function lineAt(text: string, offset: number): { offset: number; text: string } {
  const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const m = /\r|\n/.exec(text.slice(offset));
  const end = m ? offset + m.index : text.length;
  return { offset: start, text: text.slice(start, end) };
}

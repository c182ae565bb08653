/**
 * Helpers shared by the agent/command/output-style rules: plugin membership, whether a Markdown file in
 * an `agents/` folder is really an agent, the lenient-YAML model of 2.1.332, and YAML edits.
 */
import type { ParsedFile, RuleContext } from '../../types';
import { basename, dirname, join } from '../../paths';
import { findPluginRoot } from '../../targets';
import { splitLines } from '../../parse/frontmatter';
import { stringValue, valueOf, type Node } from '../../parse/node';

/** Plugin root for a component file, if it belongs to a plugin (`<root>/agents/x.md`, `<root>/commands/**`). */
export function componentPluginRoot(ctx: RuleContext): string | undefined {
  const root = findPluginRoot(ctx.file.path, ctx.workspace);
  if (!root) return undefined;
  // `.claude/agents` inside a plugin repo is project scope, not a plugin component.
  return /\/\.claude\//.test(ctx.file.path.slice(root.length)) ? undefined : root;
}

/** Markdown under `skills/<x>/agents/` etc. is a skill's resource, not a component (EXPECTATIONS §4.2). */
export function isSkillResource(ctx: RuleContext): boolean {
  const dir = dirname(dirname(ctx.file.path));
  return ctx.workspace.exists(join(dir, 'SKILL.md')) || ctx.workspace.exists(join(dir, 'skill.md'));
}

export function pluginName(ctx: RuleContext, root: string): string {
  const text = ctx.workspace.readFile(join(root, '.claude-plugin', 'plugin.json'));
  const m = text ? /"name"\s*:\s*"([^"]*)"/.exec(text) : null;
  return m?.[1] || basename(root);
}

/** Frontmatter parsed without YAML errors: the field rules only look at a tree the loader would see. */
export function cleanFrontmatter(file: ParsedFile): Node | undefined {
  return file.syntaxErrors.length === 0 && file.root?.type === 'object' ? file.root : undefined;
}

/**
 * 2.1.332 recovers frontmatter that strict YAML rejects when every top-level line still reads as
 * `key: value` (e.g. `description: a: b`, `argument-hint: [a] [b]`); it fails when a plain multi-line
 * value leaves lines that are neither keys nor indented (`<example>`). Measured on the corpus
 * (EXPECTATIONS §2.2, §5.5): this split reproduces the 10 failing and 2 tolerated files exactly.
 */
export function unrecoverableLines(file: ParsedFile): { offset: number; text: string }[] {
  const fm = file.frontmatter;
  if (!fm?.present) return [];
  const yaml = file.text.slice(fm.contentStart, fm.contentEnd);
  return splitLines(yaml)
    .filter((l) => !(l.text.trim() === '' || /^\s/.test(l.text) || /^#/.test(l.text) || /^- /.test(l.text) || /^[^\s:#][^:]*:(\s|$)/.test(l.text)))
    .map((l) => ({ offset: fm.contentStart + l.offset, text: l.text }));
}

export function stringField(root: Node | undefined, key: string): string | undefined {
  return stringValue(valueOf(root, key));
}

/** Deletes a top-level YAML property: from its line start to the next top-level line (keeps the rest byte-exact). */
export function removeYamlProperty(file: ParsedFile, prop: Node): { offset: number; length: number; newText: string } | undefined {
  const fm = file.frontmatter;
  if (!fm?.present) return undefined;
  const lines = splitLines(file.text.slice(fm.contentStart, fm.contentEnd)).map((l) => ({ ...l, offset: l.offset + fm.contentStart }));
  const i = lines.findIndex((l) => l.offset <= prop.offset && prop.offset <= l.offset + l.text.length);
  if (i < 0 || /^\s/.test(lines[i].text)) return undefined;
  let j = i + 1;
  while (j < lines.length && (lines[j].text.trim() === '' || /^[\s-]/.test(lines[j].text))) j++;
  const end = j < lines.length ? lines[j].offset : fm.contentEnd;
  return { offset: lines[i].offset, length: end - lines[i].offset, newText: '' };
}

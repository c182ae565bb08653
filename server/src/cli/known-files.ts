/**
 * What the CLI tells a user about files: the kinds Plugin Lens knows (for "not a file Plugin Lens knows"),
 * and each file's path printed as the user gave it (an absolute argument stays absolute, a relative one
 * stays relative to the current folder).
 */
import * as path from 'path';
import type { FileKindId } from '../core/types';
import { toPosix } from '../node/scan';
import { PIPE_WIDTH, wrap } from './style';

/** Every kind detectKind returns, as a person would recognise the file (a unit test keeps it complete). */
export const KNOWN_FILES: Readonly<Record<Exclude<FileKindId, 'file'>, string>> = {
  skill: 'SKILL.md',
  plugin: '.claude-plugin/plugin.json',
  marketplace: '.claude-plugin/marketplace.json',
  hooks: 'hooks/hooks.json',
  agent: 'agents/*.md',
  command: 'commands/**/*.md',
  'output-style': 'output-styles/*.md',
  lsp: '.lsp.json',
  mcp: '.mcp.json',
  'vscode-mcp': '.vscode/mcp.json',
  'desktop-config': 'claude_desktop_config.json',
  'managed-mcp': 'managed-mcp.json',
  mcpb: 'MCPB manifest.json (with manifest_version)',
  settings: '.claude/settings.json and settings.local.json',
  config: '.plugin-lens.json',
};

export function knownFilesList(): string {
  return Object.values(KNOWN_FILES).join(', ');
}

/** The notice for a named file of no known kind: the reason on the first line, the known kinds wrapped below. */
export function notKnown(display: string): string {
  return `${display}: not a file Plugin Lens knows, so it was not checked.\n${indented(`Plugin Lens checks ${knownFilesList()}.`)}`;
}

export function noKnownFileIn(display: string): string {
  return `${display}: no file Plugin Lens knows in this folder.\n${indented(`Plugin Lens checks ${knownFilesList()}.`)}`;
}

function indented(text: string): string {
  return wrap(text, PIPE_WIDTH - 2).map((l) => `  ${l}`).join('\n');
}

export interface Input { given: string; abs: string }

/** The path to print for `abs`, found under one of the inputs (the longest that holds it). */
export function displayPath(abs: string, inputs: readonly Input[], cwd: string): string {
  let best: Input | undefined;
  for (const i of inputs) {
    if ((abs === i.abs || abs.startsWith(i.abs.endsWith(path.sep) ? i.abs : i.abs + path.sep)) && (!best || i.abs.length > best.abs.length)) best = i;
  }
  if (best && path.isAbsolute(best.given)) return toPosix(abs);
  return toPosix(path.relative(cwd, abs)) || path.basename(abs);
}

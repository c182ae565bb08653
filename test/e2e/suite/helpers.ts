// Shared helpers for *.e2e.ts: the expectation file, opening fixtures, and waiting on diagnostic events
// (never on sleeps; the timeout is only a failure bound).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PluginLensApi } from '../../../client/src/extension';

export interface HoverExpectation { kind?: 'field' | 'reach'; line: number; character: number; match: string }
export interface FileExpectation {
  path: string;
  languageId?: string;
  rules: string[];
  hover?: HoverExpectation;
}
export interface Expectations {
  extensionId: string;
  source: string;
  files: FileExpectation[];
  completions?: Array<{ what: string; path: string; line: number; character: number; labels: string[] }>;
  edit?: { path: string; find: string; replace: string; rule: string };
  quickFixes?: Array<{ path: string; rule: string; title: string }>;
  fixAll?: Array<{ via: 'codeAction' | 'command'; path: string; rules: string[] }>;
  /** "Fix all" renames a misspelled key (keeping its value `kept`); the lightbulb still offers `deletion`, not preferred. */
  keepsMisspelledKey?: { path: string; rule: string; key: string; renamedTo: string; kept: string; deletion: string };
  setting?: { path: string; rule: string };
  reachTree?: { roots: string[]; path: string[]; surfaceRoots: string[] };
  /**
   * The Routes view: `item` (declared in `path`) lists its routes, `memberActionRoute` has a member action on
   * `memberActionSurface`; "Distribute as …" at `distribute` declares `channel` in .plugin-lens.json and the
   * route `routeName` is then marked declared.
   */
  routes?: {
    path: string; item: string; memberActionRoute: string; memberActionSurface: string;
    distribute: { line: number; character: number; channel: string; routeName: string };
  };
}

/** E2E_EXPECT (set by the runners) or test/e2e/expected.json relative to dist/e2e/suite. */
export function loadExpectations(): Expectations {
  const file = process.env.E2E_EXPECT ?? path.resolve(__dirname, '../../../test/e2e/expected.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Expectations;
}

export function fixtureUri(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open: the runner must open test/e2e/workspace');
  return vscode.Uri.joinPath(folder.uri, ...rel.split('/'));
}

export async function openFixture(rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(rel));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Our diagnostics only (other extensions, e.g. the built-in chat checks, may add theirs). */
export function ours(uri: vscode.Uri, source: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === source);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return String(typeof c === 'object' && c !== null ? c.value : c);
}

/** Resolves when `check` returns a value for the uri's diagnostics; re-checked on every change event. */
export function waitForDiagnostics<T>(uri: vscode.Uri, check: (all: vscode.Diagnostic[]) => T | undefined,
  what: string, ms = 20000): Promise<T> {
  return new Promise((resolve, reject) => {
    const attempt = (): boolean => {
      const r = check(vscode.languages.getDiagnostics(uri));
      if (r === undefined) return false;
      sub.dispose(); clearTimeout(timer); resolve(r);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics(e => {
      if (e.uris.some(u => u.toString() === uri.toString())) attempt();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const now = vscode.languages.getDiagnostics(uri).map(d => `${d.source}:${codeOf(d)} ${d.message}`);
      reject(new Error(`timed out after ${ms} ms waiting for ${what} on ${uri.path}; diagnostics now: ${JSON.stringify(now)}`));
    }, ms);
    attempt();
  });
}

export function waitForRules(uri: vscode.Uri, source: string, rules: string[]): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, all => {
    const mine = all.filter(d => d.source === source);
    return rules.every(r => mine.some(d => codeOf(d) === r)) ? mine : undefined;
  }, `rules ${rules.join(', ')} (source ${source})`);
}

export function waitForRuleGone(uri: vscode.Uri, source: string, rule: string): Promise<true> {
  return waitForDiagnostics(uri, all => all.some(d => d.source === source && codeOf(d) === rule) ? undefined : true,
    `rule ${rule} to disappear`);
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n');
}

/** The extension's API (what activate() returns); typed from the client so a rename breaks the build. */
export async function activeApi(id: string): Promise<PluginLensApi> {
  const ext = vscode.extensions.getExtension<PluginLensApi>(id);
  if (!ext) throw new Error(`extension ${id} is not loaded`);
  const api = await ext.activate();
  await api.ready;
  return api;
}

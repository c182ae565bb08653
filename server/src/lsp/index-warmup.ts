/**
 * The workspace index built in steps before the scan validates files: on a large workspace one
 * `getWorkspaceIndex` call lists every folder and reads every plugin and marketplace at once (hundreds of
 * ms), which would block requests. The core's `workspaceIndexSteps` does one folder, marketplace or plugin
 * a step; the plugins the file scan found outside the index's walk are read here one a step too, so the
 * validations find them in the index's cache.
 */
import type { Workspace } from '../core/workspace';
import { readMarketplace, readPlugin, workspaceIndexSteps } from '../core/index/index';
import { referencedComponentFilesSteps } from '../core/index/referenced-files';
import { dirname } from '../core/paths';

/** Steps named for the slicer's trace (see time-slicer.ts). */
export function* warmIndexSteps(ws: Workspace, files: readonly string[]): Generator<string, void> {
  const index = workspaceIndexSteps(ws);
  for (let s = index.next(); !s.done; s = index.next()) yield `workspace index: ${s.value}`;
  for (const p of files) {
    if (!p.endsWith('/.claude-plugin/plugin.json')) continue;
    readPlugin(ws, dirname(dirname(p)));
    yield `plugin ${p}`;
  }
  for (const p of files) {
    if (!p.endsWith('/.claude-plugin/marketplace.json')) continue;
    const market = readMarketplace(ws, p);
    yield `marketplace ${p}`;
    for (const e of market.entries) {
      if (!e.pluginRoot || ws.exists(`${e.pluginRoot}/.claude-plugin/plugin.json`) || !ws.isDirectory(e.pluginRoot)) continue;
      readPlugin(ws, e.pluginRoot, e.entry);
      yield `plugin of an entry ${e.pluginRoot}`;
    }
  }
  // The first file whose kind only a manifest knows would build this map at once.
  const referenced = referencedComponentFilesSteps(ws);
  for (let s = referenced.next(); !s.done; s = referenced.next()) yield `referenced component files: ${s.value}`;
}

/**
 * `steps`, calling `release` between two steps once `everyMs` have passed since the last call. The index
 * reads every component file (a SKILL.md for its name, an agent for its frontmatter), and a view keeps
 * what it read: at 110,000 files the index phase held ~900 MB of Markdown texts until validation began
 * releasing them, and hovers waited 60–170 ms behind V8's full collections of that heap. Validation
 * reads a released text again.
 */
export function* releasingTexts<T>(steps: Generator<string, T>, release: () => void, everyMs: number): Generator<string, T> {
  let last = performance.now();
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
    if (performance.now() - last > everyMs) { release(); last = performance.now(); }
    yield s.value;
  }
}

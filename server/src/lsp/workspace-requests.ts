/**
 * The requests that answer over the whole workspace: the sidebar's items (`pluginLens/listItems`), reach
 * (`pluginLens/reach`) and distribution routes (`pluginLens/routes`). All read the validated results the
 * server already has (open buffers and the scan); none validates on its own except an open buffer's text.
 * Each builds its answer one file a time slice step, so hovers and completions are answered meanwhile.
 */
import type { Connection, ResponseError, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ValidateResult } from '../core/validate';
import type { Workspace } from '../core/workspace';
import type { ResolvedConfig } from '../core/config';
import { SURFACES } from '../core/surfaces';
import { KNOWLEDGE_AS_OF } from '../core/version';
import { DATING_NOTE, ROUTES_AS_OF } from '../core/reach/routes';
import { ListItemsPartialResult, ListItemsRequest, ReachRequest, RoutesPartialResult, RoutesRequest, type PluginLensSettings, type WorkspaceItem } from '../protocol';
import { eachStep, sortSteps } from '../core/steps';
import { sendPartialResults } from './partial-results';
import { routesMarkdown, type RoutesRow } from '../cli/routes-format';
import { reachItemsSteps, matrixMarkdown, type ReachItemsOptions, type ValidatedSource } from './reach-items';
import { routesItemsSteps } from './routes';
import { itemFor } from './items';
import { uriToPath } from './uri';
import type { Folder } from './workspace-state';

/** What localeCompare uses, built once (localeCompare builds a collator per call). */
const COLLATOR = new Intl.Collator();

export interface WorkspaceRequestDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Every validated file (open buffers win over the scan). */
  validatedSources: () => ValidatedSource[];
  folders: () => readonly Folder[];
  folderFor: (path: string) => Folder;
  settingsFor: (uri: string) => Promise<PluginLensSettings>;
  viewFor: (folder: Folder) => Workspace;
  resolvedConfig: (folder: Folder, settings: PluginLensSettings) => ResolvedConfig;
  resultFor: (doc: TextDocument) => Promise<ValidateResult>;
  scanning: () => boolean;
  /** Runs steps in the server's time slices (on 20,000 files a whole list is ~0.3 s of work). */
  drain: <T>(steps: Generator<void, T>) => Promise<T>;
  /** Ends the current time slice if its budget is spent (between partial results). */
  pause: () => Promise<unknown>;
  /** Wraps a handler (runSafe: a failure is logged and answered as an error). */
  safe: <P extends unknown[], R>(name: string, fn: (...args: P) => R | Promise<R>) => (...args: P) => Promise<R | ResponseError<void>>;
}

/** The paths of file URIs (a URI that is not a file path selects nothing). */
function pathsOf(uris: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const uri of uris) { const p = uriToPath(uri); if (p !== undefined) out.add(p); }
  return out;
}

export function registerWorkspaceRequests(deps: WorkspaceRequestDeps): void {
  const { connection, safe } = deps;

  /** Validated files grouped by workspace folder (in the order first seen), in steps (100,000 files take ~20 ms). */
  const byFolder = (sources: readonly ValidatedSource[]): Promise<Map<Folder, ValidatedSource[]>> => {
    const out = new Map<Folder, ValidatedSource[]>();
    return deps.drain(function* () {
      yield* eachStep(sources, (src) => {
        const folder = deps.folderFor(src.path);
        const list = out.get(folder);
        if (list) list.push(src); else out.set(folder, [src]);
      });
      return out;
    }());
  };

  /**
   * Every open buffer validated at its current text: an itemsChanged can precede that, and a buffer no
   * one asked diagnostics for yet has no result (the scan leaves open files to their buffers).
   */
  async function validateOpen(): Promise<void> {
    for (const doc of deps.documents.all()) await deps.resultFor(doc);
  }

  /** Sidebar items: the reach engine's items (with reach and parents); files that declare none stay as file items. */
  async function listItems(opts: ReachItemsOptions = {}): Promise<WorkspaceItem[]> {
    await validateOpen();
    const sources = deps.validatedSources();
    const items: WorkspaceItem[] = [];
    const covered = new Set<string>();
    for (const [folder, list] of await byFolder(sources)) {
      if (!(await deps.settingsFor(folder.uri)).enable) continue;
      const folderItems = await deps.drain(reachItemsSteps(list, deps.viewFor(folder), opts));
      await deps.drain(eachStep(folderItems, (item) => { items.push(item); covered.add(item.uri); }));
    }
    await deps.drain(eachStep(sources, (src) => {
      if (covered.has(src.uri) || (opts.onlyFiles && !opts.onlyFiles.has(src.path))) return;
      const item = src.item ?? itemFor(src.uri, src.path, src.result);
      if (item) items.push(item);
    }));
    return deps.drain(sortSteps(items, (a, b) => COLLATOR.compare(a.uri, b.uri) || COLLATOR.compare(a.id, b.id)));
  }

  connection.onRequest(ListItemsRequest, safe('listItems', async (params) => {
    // `uris`: only those files' items, exactly as the whole list has them (a tree's refresh of edited files).
    const onlyFiles = params?.uris ? pathsOf(params.uris) : undefined;
    let items = await listItems({ statusOnly: params?.cells === 'status', onlyFiles });
    if (params?.uris) { const wanted = new Set(params.uris); items = items.filter((i) => wanted.has(i.uri)); }
    const folder = params?.folderUri ? deps.folders().find((f) => f.uri === params.folderUri) : undefined;
    if (folder) items = items.filter((i) => (uriToPath(i.uri) ?? '').startsWith(folder.root + '/'));
    const scanning = deps.scanning();
    return { items: await sendPartialResults(connection, ListItemsPartialResult, params?.partialResultToken, items, deps.pause), scanning };
  }));

  connection.onRequest(ReachRequest, safe('reach', async (params) => {
    // One file's reach: only that file's items are built (the whole list is the sidebar's, and large).
    const onlyFiles = params?.uri ? pathsOf([params.uri]) : undefined;
    let items = (await listItems({ onlyFiles })).filter((i) => i.reach);
    if (params?.uri) items = items.filter((i) => i.uri === params.uri);
    if (params?.uri && params.position) {
      const pos = params.position;
      const at = items.filter((i) => i.range && (i.range.start.line < pos.line || (i.range.start.line === pos.line && i.range.start.character <= pos.character))
        && (i.range.end.line > pos.line || (i.range.end.line === pos.line && i.range.end.character >= pos.character)));
      if (at.length) items = at;
    }
    const total = items.length;
    const limit = !params?.uri && params?.limit !== undefined ? Math.max(0, params.limit) : undefined;
    if (limit !== undefined) items = items.slice(0, limit);
    return {
      available: true, knowledgeAsOf: KNOWLEDGE_AS_OF, surfaces: SURFACES.map((s) => ({ id: s.id, name: s.name })),
      items: items.map((i) => ({ id: i.id, name: i.name, kind: String(i.kind), uri: i.uri, reach: i.reach! })),
      markdown: matrixMarkdown(items),
      ...(limit !== undefined ? { total } : {}),
    };
  }));

  connection.onRequest(RoutesRequest, safe('routes', async (params) => {
    await validateOpen();
    // `uris`: the files whose items come from a source (its own, or a manifest naming it), routes of those only.
    const paths = params?.uris ? pathsOf(params.uris) : undefined;
    const sources: ValidatedSource[] = [];
    await deps.drain(eachStep(deps.validatedSources(), (src) => {
      if ((!params?.uri || src.uri === params.uri) && (!paths || (src.result.reach ?? []).some((r) => paths.has(r.item.file)))) sources.push(src);
    }));
    let items = [];
    // `format: 'markdown'`: the CLI's rendering of the same items (one formatter for the CLI and the editor).
    const rows: RoutesRow[] | undefined = params?.format === 'markdown' ? [] : undefined;
    const summary = params?.detail === 'summary';
    for (const [folder, list] of await byFolder(sources)) {
      const s = await deps.settingsFor(folder.uri);
      if (!s.enable) continue;
      for (const item of await deps.drain(routesItemsSteps(list, deps.viewFor(folder), deps.resolvedConfig(folder, s), { rows, summary }))) items.push(item);
    }
    if (params?.uris) { const wanted = new Set(params.uris); items = items.filter((i) => wanted.has(i.uri)); }
    await deps.drain(sortSteps(items, (a, b) => COLLATOR.compare(a.uri, b.uri) || a.range.start.line - b.range.start.line || COLLATOR.compare(a.id, b.id)));
    rows?.sort((a, b) => COLLATOR.compare(a.file, b.file) || a.range.start.line - b.range.start.line);
    items = await sendPartialResults(connection, RoutesPartialResult, params?.partialResultToken, items, deps.pause);
    return { knowledgeAsOf: ROUTES_AS_OF, datingNote: DATING_NOTE, items, ...(rows ? { markdown: routesMarkdown(rows) } : {}),
      ...(summary ? { detail: 'summary' as const } : {}) };
  }));
}

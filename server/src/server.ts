/**
 * The language server: wires the pure core to an LSP connection. Open documents are validated from their
 * buffers (overlaid on the disk for cross-file rules); the workspace scan validates unopened files so
 * their problems and the sidebar items show too. Host specifics come in through `runtime`.
 */
import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocuments,
  type ClientCapabilities, type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { guardLimits, validateFile, type ValidateResult } from './core/validate';
import { detectKind, MARKDOWN_KINDS } from './core/kinds/detect';
import { RULES, ruleDocsUrl } from './core/rules';
import { KNOWLEDGE_AS_OF } from './core/version';
import {
  DEFAULT_SETTINGS, ItemsChangedNotification, ListRulesRequest, RevalidateRequest,
  StatusNotification, StatusRequest, type PluginLensSettings, type ServerState, type StatusResult,
} from './protocol';
import type { ServerRuntime } from './lsp/runtime';
import type { Workspace } from './core/workspace';
import { DocumentCache } from './lsp/document-cache';
import { SettingsCache, normalizeSettings } from './lsp/settings';
import { Diagnostics } from './lsp/diagnostics';
import { registerFeatureHandlers, runSafe } from './lsp/handlers';
import { CONFIG_FILE, WorkspaceState, type Folder } from './lsp/workspace-state';
import { USER_HOME } from './node/validate-files';
import { validatedSources as validatedSourcesOf, sourceCountsSteps } from './lsp/sources';
import { parseFile } from './core/parse';
import { relativeTo } from './core/paths';
import { IndexingFolders } from './lsp/indexing-folders';
import { hasWorkspaceIndex, indexAfterMarkdownEdit, indexAfterTextEdit, invalidateWorkspaceIndex } from './core/index/index';
import { registerWorkspaceRequests } from './lsp/workspace-requests';
import { pathToUri, uriToPath } from './lsp/uri';
import { TimeSlicer } from './lsp/time-slicer';
import { inScope, NOTHING, scopeOf, type Scope } from './lsp/pass-scope';
import { watchedFilesChanged, type FileChange } from './lsp/watched-files';
import { serverCapabilities, WATCHERS } from './lsp/capabilities';
import { RevalidationPasses } from './lsp/revalidation';
import { ItemsChangedBatch } from './lsp/items-changed';
import { releasingTexts, warmIndexSteps } from './lsp/index-warmup';
import { unlistedComponentFilesSteps } from './core/index/referenced-files';
import { filterSteps, setSteps } from './core/steps';

const EMPTY: ValidateResult = { kind: undefined, findings: [] };
/** Budget of one slice of scan work before requests are served. */
const SLICE_MS = 10;
/** Progress reports (and dropping cached texts) at most this often. */
const PROGRESS_MS = 200;

export function startServer(connection: Connection, runtime: ServerRuntime): void {
  const documents = new TextDocuments(TextDocument);
  const state = new WorkspaceState(runtime);
  const cache = new DocumentCache((uri) => documents.get(uri)?.getText());
  let caps: ClientCapabilities = {};
  let fallbackSettings: PluginLensSettings = DEFAULT_SETTINGS;
  let status: ServerState = 'starting';
  let lastError: string | undefined;
  let scanDone!: () => void;
  let scanFinished = new Promise<void>((r) => { scanDone = r; });
  const log = (m: string) => connection.console.log(m);
  const settings = new SettingsCache(connection, () => caps.workspace?.configuration === true, () => fallbackSettings);
  let diagnostics!: Diagnostics;

  // One long-lived workspace view per folder, reading through the live map of open buffers. Disk reads
  // and the cross-file index stay cached across validations and are dropped only for what changed: a
  // fresh view per validation rebuilt the index for every opened file (quadratic on a large workspace).
  const openTexts = new Map<string, string>();
  const views = new Map<string, Workspace>();
  const viewFor = (folder: Folder): Workspace => {
    let ws = views.get(folder.root);
    if (!ws) { ws = runtime.createWorkspace(folder.root, openTexts); views.set(folder.root, ws); }
    return ws;
  };
  /**
   * A file changed: views forget what they read of it; returns the other files the change can reach.
   * `markdown`: a Markdown file's text (the index changes only for a plugin's root SKILL.md); `json-text`:
   * an existing JSON file's text (the index is refreshed: a rebuild walks every folder and reads every
   * manifest, and the edited file's diagnostics waited for it); `shape`: created, deleted or anything else
   * (the index is rebuilt).
   */
  const touched = (path: string, change: FileChange): Scope => {
    const own = views.get(state.folderFor(path).root);
    // No view of its folder yet: nothing was read, no file read this one.
    let scope: Scope = change === 'markdown' && !own ? NOTHING : 'all';
    for (const ws of views.values()) {
      runtime.forget(ws, path);
      if (change === 'shape') invalidateWorkspaceIndex(ws);
      else { const { affected } = change === 'json-text' ? indexAfterTextEdit(ws, path) : indexAfterMarkdownEdit(ws, path); if (ws === own && affected) scope = scopeOf(path, affected); }
    }
    return scope;
  };

  /** An open document's result; `needParse: false` (diagnostics) accepts one compacted without its parse. */
  async function resultFor(doc: TextDocument, needParse = true): Promise<ValidateResult> {
    const cached = cache.get(doc.uri, doc.version, needParse);
    if (cached) return cached;
    const path = uriToPath(doc.uri);
    if (!path) return EMPTY;
    const folder = state.folderFor(path);
    const s = await settings.get(doc.uri);
    // While the folder's index is built in slices (listing included), wait for it instead of building it at once here.
    await indexing.waitFor(folder.root);
    // After an edit that reshaped the index (a manifest typed into, a file created): rebuilt in slices too.
    if (s.enable) await indexRebuilt(viewFor(folder));
    const version = doc.version; // the text validated is the one of this version, whatever changed while waiting
    let result = EMPTY;
    if (s.enable) {
      const config = state.resolvedConfig(folder, s);
      result = validateFile({ path, text: doc.getText() }, { workspace: viewFor(folder), config, home: USER_HOME });
    }
    cache.set(doc.uri, version, result);
    return result;
  }

  /** The folders' `.plugin-lens.json` as the scan reads them first (the ignore globs answer requests meanwhile). */
  let configsLoaded: Promise<unknown> = Promise.resolve();

  /**
   * Hover and completion on an open document while its folder's index is still being built: the
   * document's parse alone, at once (field docs, completions; no findings yet, reach said to be pending).
   * Diagnostics and code actions wait for the full validation. Undefined: use the full result.
   */
  async function provisionalResultFor(doc: TextDocument): Promise<ValidateResult | undefined> {
    const path = uriToPath(doc.uri);
    if (!path || cache.get(doc.uri, doc.version, true)) return undefined;
    const folder = state.folderFor(path);
    const s = await settings.get(doc.uri);
    if (!indexing.has(folder.root) || !s.enable) return undefined;
    // An ignored file has no result once validated either (no parse, no hover): answered at once, no wait.
    await configsLoaded;
    if (state.resolvedConfig(folder, s).isIgnored(relativeTo(folder.root, path))) return EMPTY;
    const text = doc.getText();
    const kind = detectKind(path, () => text);
    // Files the bounds guard (huge, binary, too deep) and kinds only the index knows wait for validation.
    if (!kind || guardLimits({ path, text }, kind) !== undefined) return undefined;
    return { kind, parsed: parseFile(path, text, kind), findings: [] };
  }

  // Long work (scan, re-validating everything) runs in time slices: requests wait one slice at most.
  const slicer = new TimeSlicer(runtime.yieldNow, SLICE_MS, runtime.traceSlicesOverMs === undefined ? undefined : { overMs: runtime.traceSlicesOverMs, report: log });
  const indexing = new IndexingFolders();

  /** The index built in steps; the view forgets the Markdown texts the index read as it goes (see releasingTexts). */
  function indexWarmUp(ws: Workspace, files: readonly string[]) {
    return releasingTexts(warmIndexSteps(ws, files), () => runtime.releaseTexts(ws), PROGRESS_MS);
  }

  /** Builds the folders' workspace indexes in slices (before validating: one file would build it at once). */
  async function warmIndexes(files: readonly string[]): Promise<void> {
    const folders = state.folders.filter((f) => !f.adHoc);
    for (const folder of folders) {
      // One folder holds every file; else each folder's share, sorted out in steps (100,000 paths).
      const inside = folders.length === 1 ? files : await slicer.drain(filterSteps(files, (p) => state.folderFor(p) === folder));
      indexing.begin(folder.root);
      try { await slicer.drain(indexWarmUp(viewFor(folder), inside)); } finally { indexing.end(folder.root); }
    }
  }

  /**
   * After an edit that dropped a folder's index, the index rebuilt in slices, once however many
   * validations and requests wait for it meanwhile (each started its own build before).
   */
  const rebuilding = new WeakMap<Workspace, Promise<void>>();
  function indexRebuilt(ws: Workspace): Promise<void> | undefined {
    if (hasWorkspaceIndex(ws)) return undefined;
    let build = rebuilding.get(ws);
    if (!build) {
      build = slicer.drain(indexWarmUp(ws, [])).finally(() => rebuilding.delete(ws));
      rebuilding.set(ws, build);
    }
    return build;
  }

  /**
   * A validation's steps in slices; when an edit dropped the folder's index between two steps, it is rebuilt
   * in slices first (the next step would build it at once: up to a second on a large workspace).
   */
  async function drainWithIndex<T>(ws: Workspace, steps: Generator<void, T>, label: string): Promise<T> {
    for (;;) {
      await indexRebuilt(ws);
      const s = steps.next();
      if (s.done) return s.value;
      await slicer.pause(label);
    }
  }

  /** Validates unopened files from disk, one slice at a time; results are published as they come. */
  async function validateScanned(paths: readonly string[], progress?: (done: number, total: number) => void, superseded?: () => boolean): Promise<boolean> {
    let lastRelease = performance.now();
    for (let i = 0; i < paths.length; i++) {
      if (superseded?.()) return false;
      const p = paths[i];
      if (!openTexts.has(p)) {
        const folder = state.folderFor(p);
        const s = await settings.get(folder.uri);
        const had = state.scanned.get(p);
        if (!s.enable) state.scanned.delete(p);
        else {
          const f = await drainWithIndex(viewFor(folder), state.validateDiskSteps(p, state.resolvedConfig(folder, s), viewFor(folder)), p);
          if (f) diagnostics.publishScanned(f);
          else if (had) diagnostics.clear(had.uri); // no kind any more (a manifest stopped naming it) or gone
        }
      }
      if (await slicer.pause(p) && performance.now() - lastRelease > PROGRESS_MS) {
        lastRelease = performance.now();
        progress?.(i + 1, paths.length);
        for (const ws of views.values()) runtime.releaseTexts(ws);
      }
    }
    for (const ws of views.values()) runtime.releaseTexts(ws);
    return true;
  }

  /**
   * A whole pass is done: the views forget their directory listings and texts (tens of MB on a large
   * workspace; the index and every result are built). The next validation reads what it probes again.
   */
  function afterFullPass(): void {
    for (const ws of views.values()) runtime.forget(ws);
    state.afterFullPass();
  }

  /**
   * The files only a manifest gives a kind (agents it lists by path, a root hooks.json) that `known` lacks:
   * the CLI checks them too, and their own findings and items would otherwise wait until they are opened.
   * In steps of a few thousand component files (a whole workspace's, after the scan and in each pass).
   */
  function* unlistedFilesSteps(known: { has(p: string): boolean }): Generator<void, string[]> {
    const added = new Set<string>(); // a path two nested folders both see, once
    const has = (p: string) => known.has(p) || added.has(p);
    for (const folder of state.folders) {
      if (folder.adHoc) continue;
      const prefix = folder.root + '/';
      for (const p of yield* unlistedComponentFilesSteps(viewFor(folder), { has }, (p) => p.startsWith(prefix))) added.add(p);
    }
    return [...added];
  }

  async function scanWorkspace(): Promise<void> {
    // From here until its index is built, a folder's validations wait (the listing is sliced too).
    for (const f of state.folders) if (!f.adHoc) indexing.begin(f.root);
    status = 'scanning';
    sendStatus();
    const loading = Promise.all(state.folders.map((f) => state.loadConfig(f)));
    configsLoaded = loading.catch(() => undefined);
    const progress = caps.window?.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    try {
      await loading;
      progress?.begin('Plugin Lens', 0, 'listing files', false);
      const named = await slicer.drain(state.listFiles(viewFor));
      progress?.report(0, `indexing ${named.length} files`);
      await warmIndexes(named);
      // The set of a whole workspace's paths is built in steps (tens of ms at 100,000 files); with the
      // files only a manifest names added, it is every file this scan lists.
      const listed = await slicer.drain(setSteps(named));
      const unlisted = await slicer.drain(unlistedFilesSteps(listed));
      for (const p of unlisted) listed.add(p);
      const files = named.concat(unlisted);
      const message = (done: number) => `checking ${done}/${files.length} files`;
      progress?.report(0, message(0));
      const before = [...state.scanned.keys()];
      await validateScanned(files, (done, total) => progress?.report(Math.round((done / Math.max(total, 1)) * 100), message(done)));
      afterFullPass();
      for (const gone of before) if (!listed.has(gone)) { const f = state.scanned.get(gone); state.scanned.delete(gone); if (f) diagnostics.clear(f.uri); }
      status = 'ready';
    } catch (e) {
      status = 'error';
      lastError = (e as Error).message;
      log(`workspace scan failed: ${(e as Error).stack ?? e}`);
    } finally {
      indexing.endAll();
      progress?.done();
      scanDone();
      diagnostics.refresh(0);
      itemsChanged();
      sendStatus();
    }
  }

  /** Settings, config or a related file changed: the scanned files (those `scope` names) re-validated, debounced. */
  const passes = new RevalidationPasses({
    scannedPaths: () => state.scanned.keys(),
    run: async (paths, superseded, scope) => {
      await warmIndexes(paths);
      // With the files a manifest has come to name since the scan (typing "agents": ["./x.md"] gives x.md a kind).
      const all = paths.concat((await slicer.drain(unlistedFilesSteps(state.scanned))).filter((p) => inScope(scope, p)));
      return (await validateScanned(all, undefined, superseded)) && all;
    },
    starting: (scope) => {
      if (scope === 'all') cache.invalidateAll();
      else for (const d of openIn(scope)) cache.invalidate(d.uri);
    },
    finished: ({ scope, paths, itemsOfScope }) => {
      const open = scope === 'all' ? [] : openIn(scope);
      if (scope !== 'all' && !paths.length && !open.length) return; // no file reads the edited one
      afterFullPass();
      diagnostics.refresh(0);
      if (!itemsOfScope) itemsChanged();
      else itemsChanged([...open.map((d) => d.uri), ...paths.map(pathToUri)]); // a scanned file's uri is pathToUri(path)
      sendStatus();
    },
  });
  const openIn = (scope: Scope) => documents.all().filter((d) => { const p = uriToPath(d.uri); return p !== undefined && inScope(scope, p); });
  const revalidateAll = (delay = 600, scope: Scope = 'all', itemsOfScope = false) => passes.schedule(delay, scope, itemsOfScope);

  const itemsBatch = new ItemsChangedBatch((params) => { void connection.sendNotification(ItemsChangedNotification, params); sendStatus(); });
  /** `uris`: only these files' items changed (every spelling a client may list them under). */
  function itemsChanged(uris?: readonly string[]): void { itemsBatch.note(uris); }

  const validatedSources = () => validatedSourcesOf(documents, cache, state.scanned.values());

  async function currentStatus(): Promise<StatusResult> {
    const { findings, files } = await slicer.drain(sourceCountsSteps(documents, cache, state.scanned.values()));
    const configProblems: string[] = [];
    for (const f of state.folders) {
      const problems = state.resolvedConfig(f, fallbackSettings).problems;
      for (const p of problems) configProblems.push(`${state.configPath(f)}: ${p}`);
    }
    return {
      state: status, findings, files, knowledgeAsOf: KNOWLEDGE_AS_OF, serverVersion: runtime.serverVersion,
      ruleCount: RULES.length, configProblems, ...(lastError ? { message: lastError } : {}),
    };
  }

  /** The status, counted in slices; calls while one is counted are answered by one count after it. */
  let statusCounting: 'idle' | 'counting' | 'again' = 'idle';
  function sendStatus(): void {
    if (statusCounting !== 'idle') { statusCounting = 'again'; return; }
    statusCounting = 'counting';
    void currentStatus().then((s) => connection.sendNotification(StatusNotification, s)).catch(() => undefined).finally(() => {
      const again = statusCounting === 'again';
      statusCounting = 'idle';
      if (again) sendStatus();
    });
  }

  function configFor(path: string): { path: string; text: string | undefined } {
    const folder: Folder = state.folderFor(path);
    const configPath = state.configPath(folder);
    const open = documents.all().find((d) => uriToPath(d.uri) === configPath);
    return { path: configPath, text: open ? open.getText() : folder.configText };
  }

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) fallbackSettings = normalizeSettings(init.settings);
    const folders = params.workspaceFolders?.length ? params.workspaceFolders : params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : [];
    state.setFolders(folders.map((f) => ({ uri: f.uri, path: uriToPath(f.uri) ?? '' })).filter((f) => f.path));
    const pull = !!caps.textDocument?.diagnostic;
    diagnostics = new Diagnostics({
      connection, documents, pull, debounceMs: 300,
      refreshSupport: caps.workspace?.diagnostics?.refreshSupport === true,
      findingsFor: async (doc) => (await resultFor(doc, false)).findings,
      scannedFiles: () => state.scanned.values(),
      scannedFile: (uri) => { const p = uriToPath(uri); return p ? state.scanned.get(p) : undefined; },
      scanDone: () => scanFinished,
      log,
    });
    diagnostics.register();
    return {
      capabilities: serverCapabilities(pull),
      serverInfo: { name: 'plugin-lens', version: runtime.serverVersion },
    };
  });

  connection.onInitialized(() => {
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'pluginLens' }).catch(() => undefined);
    }
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHERS }).catch(() => undefined);
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        const kept = state.folders.filter((f) => !f.adHoc && !removed.has(f.uri)).map((f) => ({ uri: f.uri, path: f.root }));
        state.setFolders([...kept, ...e.added.map((f) => ({ uri: f.uri, path: uriToPath(f.uri) ?? '' })).filter((f) => f.path)]);
        scanFinished = new Promise<void>((r) => { scanDone = r; });
        void scanWorkspace();
      });
    }
    void scanWorkspace();
  });

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params.settings as Record<string, unknown> | undefined)?.pluginLens;
    if (pushed) fallbackSettings = normalizeSettings(pushed);
    settings.clear();
    revalidateAll(0);
  });

  connection.onDidChangeWatchedFiles((params) => watchedFilesChanged(params.changes, {
    pathOf: uriToPath,
    isOpen: (path) => openTexts.has(path),
    isConfig: (path) => path.endsWith('/' + CONFIG_FILE),
    reloadConfig: (path) => state.loadConfig(state.folderFor(path)),
    touched,
    deleted: (path) => { const f = state.scanned.get(path); state.scanned.delete(path); if (f) diagnostics.clear(f.uri); },
    validate: async (path) => { await validateScanned([path]); },
    revalidate: (scope, itemsOfScope) => revalidateAll(600, scope, itemsOfScope),
  }));

  documents.onDidChangeContent((e) => {
    const path = uriToPath(e.document.uri);
    const text = e.document.getText();
    // Opening a file whose buffer equals the disk changes nothing the other files depend on (scanned
    // files keep no text: the disk is read again to compare, once, when the file opens).
    const previous = path === undefined ? undefined
      : openTexts.get(path) ?? (state.scanned.has(path) ? runtime.readForValidation(path, viewFor(state.folderFor(path)))?.text : undefined);
    const unchanged = previous === text;
    if (path) openTexts.set(path, text);
    diagnostics.schedule(e.document);
    if (path?.endsWith('/' + CONFIG_FILE)) {
      state.setConfigText(state.folderFor(path), e.document.getText());
      revalidateAll();
      return;
    }
    if (unchanged) { itemsChanged(); return; }
    // JSON manifests feed cross-file rules (plugin.json → skills, marketplace → plugins): re-check what they can change.
    const kind = cache.latest(e.document.uri)?.kind ?? (path ? detectKind(path) : undefined);
    const json = kind !== undefined && !MARKDOWN_KINDS.includes(kind);
    const scope = path ? touched(path, !json ? 'markdown' : previous !== undefined ? 'json-text' : 'shape') : 'all';
    // The edited file's items change now (asking for them validates its buffer), its readers' in a pass
    // whose end names them: for a manifest also the files it starts or stops naming (their kind is its).
    const named = scope !== 'all';
    revalidateAll(800, scope, named);
    itemsChanged(named && path ? [e.document.uri, pathToUri(path)] : undefined);
  });

  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    const path = uriToPath(e.document.uri);
    if (path) { openTexts.delete(path); touched(path, MARKDOWN_KINDS.includes(detectKind(path) ?? 'skill') ? 'markdown' : 'shape'); }
    diagnostics.clear(e.document.uri);
    if (path) void validateScanned([path]).then(() => itemsChanged());
  });

  const safe = <P extends unknown[], R>(name: string, fn: (...args: P) => R | Promise<R>) => runSafe(log, name, fn);
  registerFeatureHandlers({
    connection, documents, log, resultFor, provisionalResultFor, configFor, workspaceFor: (p) => viewFor(state.folderFor(p)),
    supportsDocumentChanges: () => caps.workspace?.workspaceEdit?.documentChanges === true,
  });
  connection.onRequest(StatusRequest, safe('status', () => currentStatus()));
  registerWorkspaceRequests({
    connection, documents, validatedSources, folders: () => state.folders, folderFor: (p) => state.folderFor(p),
    settingsFor: (uri) => settings.get(uri), viewFor, resolvedConfig: (f, s) => state.resolvedConfig(f, s),
    resultFor: (doc) => resultFor(doc), scanning: () => status === 'scanning' || status === 'starting', safe,
    drain: (steps) => slicer.drain(steps), pause: () => slicer.pause('partial result'),
  });
  connection.onRequest(RevalidateRequest, safe('revalidate', async () => {
    settings.clear();
    views.clear();
    cache.invalidateAll();
    scanFinished = new Promise<void>((r) => { scanDone = r; });
    await scanWorkspace();
  }));
  connection.onRequest(ListRulesRequest, safe('listRules', () => RULES.map((r) => ({
    id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, fixable: r.fixable, docsUrl: ruleDocsUrl(r.id), kinds: [...r.kinds],
  }))));

  connection.onShutdown(() => {
    diagnostics?.dispose();
    passes.dispose();
    itemsBatch.dispose();
    cache.clear();
  });

  documents.listen(connection);
  connection.listen();
}

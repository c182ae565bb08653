/**
 * Plugin Lens custom LSP messages, shared by the server and the VS Code client (one typed file, as in
 * vscode-eslint's customMessages.ts and rust-analyzer's lsp_ext.ts). Types only + message constants:
 * no `vscode`, no server-only imports, so both bundles can import it.
 */
import { NotificationType, ProgressType, RequestType, RequestType0, type PartialResultParams, type Range } from 'vscode-languageserver-protocol';
import type { SurfaceId } from './core/surfaces';

/** Kinds of file the server recognises (mirrors core FileKindId). */
export type ItemFileKind =
  | 'skill' | 'agent' | 'command' | 'output-style'
  | 'plugin' | 'marketplace' | 'hooks' | 'lsp' | 'settings'
  | 'mcp' | 'desktop-config' | 'managed-mcp' | 'mcpb' | 'vscode-mcp'
  | 'config' | 'file';

/** Reach status of one item on one surface (the reach knowledge base's vocabulary). */
export type ReachStatus = 'loads' | 'does-not-load' | 'conditional' | 'disputed' | 'unknown';

export interface ReachSource {
  url: string; date: string; title?: string;
  /** How the date was obtained when it is not the source's own (a dated copy, a quote, a recording date). */
  dateNote?: string;
}

/** One cell of the reach matrix: an item on a surface. */
export interface ReachCell {
  /** Surface id, e.g. `claude-code-cli`, `cowork`. */
  surface: string;
  status: ReachStatus;
  /** Human-readable reasons ("why"), most important first. */
  reasons: string[];
  sources: ReachSource[];
  /** Newest date among the cell's sources. */
  asOf?: string;
  /** How `asOf` was obtained when it is not a publication date. */
  dateNote?: string;
}

/** The reach of one item (all surfaces). Filled by the reach engine; absent until it lands. */
export interface ItemReach {
  cells: ReachCell[];
  /** Distribution channel the item was detected in (e.g. `plugin-marketplace`), if known. */
  channel?: string;
  /** Knowledge as-of date (YYYY-MM-DD). */
  asOf: string;
  /**
   * `status`: the cells carry surface and status only (empty reasons and sources), as `listItems` sends
   * them when asked for `cells: 'status'`; `pluginLens/reach` for the item's file has the whole cells.
   */
  detail?: 'status';
}

export interface FindingCounts { errors: number; warnings: number; infos: number; hints: number }

/** A sidebar item. Today: one per recognised file; the reach engine adds nested items and reach. */
export interface WorkspaceItem {
  /** Stable id (uri + optional JSON pointer), usable as TreeItem.id. */
  id: string;
  /** File kind, or a component type when the item is inside a file (e.g. `mcp-server`, `hook`). */
  kind: ItemFileKind | string;
  /** Display name: skill/plugin/marketplace `name`, else the file or folder name. */
  name: string;
  /** File URI of the item. */
  uri: string;
  /** Where to reveal the item in its file (0-based LSP range), when known. */
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  findings: FindingCounts;
  /** Parent item id (a plugin for its components, a marketplace for its plugins). */
  parentId?: string;
  children?: WorkspaceItem[];
  reach?: ItemReach;
}

/**
 * `partialResultToken` (LSP partial results): the answer's items come in `$/progress` notifications with
 * that token, each an array of items to append in order, and the response's `items` is empty. A large
 * workspace's list is tens of MB: in one message it is one block of encoding on the server and of
 * decoding in the client, and any request sent meanwhile is answered after it.
 */
export interface ListItemsParams extends PartialResultParams {
  /** Limit the answer to one workspace folder URI; all folders when absent. */
  folderUri?: string;
  /**
   * `status`: reach cells with surface and status only (reach.detail = 'status'). On a large workspace the
   * whole cells (reasons, sources) make an answer of hundreds of MB that blocks the server while it is
   * written; a tree asks for statuses and fetches one file's cells (`pluginLens/reach`) when shown. Default `full`.
   */
  cells?: 'full' | 'status';
  /**
   * Only the items of these files: the answer's items are exactly the whole list's items whose `uri` is
   * one of these, in the same order (a tree refreshes the files an `itemsChanged` names, not everything).
   */
  uris?: string[];
}

export interface ListItemsResult {
  items: WorkspaceItem[];
  /** True while the initial workspace scan is still running (the list may grow). */
  scanning: boolean;
}

/** `pluginLens/listItems`: the workspace's items for the sidebar tree. */
export const ListItemsRequest = new RequestType<ListItemsParams, ListItemsResult, void>('pluginLens/listItems');
/** The `$/progress` values of a listItems request with a partialResultToken: items to append. */
export const ListItemsPartialResult = new ProgressType<WorkspaceItem[]>();

/**
 * `pluginLens/itemsChanged`: sent after the item list or any item's finding counts changed. With `uris`,
 * only the items of those files may have changed (an edited Markdown buffer): a client can ask for those
 * files' items (`listItems` / `routes` `uris`) and keep the rest of its last answer. Without, anything may have.
 */
export interface ItemsChangedParams { uris?: string[] }

/**
 * A burst of changes as `itemsChanged` counts them: the files they named, or everything once one named
 * none. The server batches its notifications with it, and a tree its refreshes.
 */
export class ChangedFiles {
  private files: Set<string> | 'all' = new Set();

  /** `uris`: only these files changed; none: anything may have. */
  note(uris?: readonly string[]): void {
    if (!uris) this.files = 'all';
    else if (this.files !== 'all') for (const u of uris) this.files.add(u);
  }

  /** The burst so far (undefined: everything), and a fresh start. */
  take(): string[] | undefined {
    const files = this.files;
    this.files = new Set();
    return files === 'all' ? undefined : [...files];
  }
}
export const ItemsChangedNotification = new NotificationType<ItemsChangedParams>('pluginLens/itemsChanged');

export type ServerState = 'starting' | 'scanning' | 'ready' | 'disabled' | 'error';

/** Status for the status bar. Request it, and listen for the same shape as a notification. */
export interface StatusResult {
  state: ServerState;
  /** Problems over all known files (open + scanned). */
  findings: FindingCounts;
  /** Files validated. */
  files: number;
  /** Reach knowledge as-of date (YYYY-MM-DD). */
  knowledgeAsOf: string;
  serverVersion: string;
  ruleCount: number;
  /** Problems in `.plugin-lens.json` / settings (unknown severities, surface ids). */
  configProblems: string[];
  /** Short human text for the status bar tooltip (e.g. an error while starting). */
  message?: string;
}

/** `pluginLens/status` request: current status. */
export const StatusRequest = new RequestType0<StatusResult, void>('pluginLens/status');
/** `pluginLens/statusChanged` notification: pushed whenever the status changes. */
export const StatusNotification = new NotificationType<StatusResult>('pluginLens/statusChanged');

export interface ReachParams {
  /** A file URI; absent for the whole workspace matrix. */
  uri?: string;
  /** Optional position in that file, to pick the item under the cursor. */
  position?: { line: number; character: number };
  /**
   * The whole workspace's matrix only: at most this many items (the first in file order), and `total` in
   * the answer. On a large workspace the whole matrix is tens of thousands of rows (~250 MB of JSON on
   * 20,000 files), more than a webview can show.
   */
  limit?: number;
}

export interface ReachResult {
  /** False until the reach engine is available; then `items` is empty. */
  available: boolean;
  knowledgeAsOf: string;
  /** Surface ids and display names, in matrix column order. */
  surfaces: Array<{ id: string; name: string }>;
  items: Array<{ id: string; name: string; kind: string; uri: string; reach: ItemReach }>;
  /** Markdown rendering of the matrix (for a preview), when available. */
  markdown?: string;
  /** With `limit`: how many items the whole matrix has (more than `items` when it was cut). */
  total?: number;
}

/** `pluginLens/reach`: reach data for one file (or the workspace). */
export const ReachRequest = new RequestType<ReachParams, ReachResult, void>('pluginLens/reach');

/** `partialResultToken`: as for ListItemsParams (the items in `$/progress` chunks, the response's empty). */
export interface RoutesParams extends PartialResultParams {
  /** One file; the whole workspace when absent. */
  uri?: string;
  /** `markdown`: also answer `markdown`, the CLI's `--format markdown` rendering of the same items. */
  format?: 'markdown';
  /**
   * `summary`: each item with its routes' headers only (channel, names, declared, inUse; `surfaces` {} and
   * `traps` []; result.detail = 'summary'). On a large workspace the whole answer (every route's cells,
   * actions, reasons and sources) is too big for one JSON string; a tree fetches one file's whole routes
   * (`uri`) when an item is expanded. Default `full`.
   */
  detail?: 'full' | 'summary';
  /** The whole workspace's answer cut to the items of these files (their `uri`), in the same order. */
  uris?: string[];
}

/**
 * Distribution routes (issue 16): for every item, each channel its kind can be distributed through, side
 * by side, with per-surface status, the member/admin actions needed and the traps. The in-use route's
 * cells equal the item's reach cells (one load model computes both).
 */
export interface RoutesResult {
  /** Newest source date the knowledge was verified against (YYYY-MM-DD). */
  knowledgeAsOf: string;
  /** How the dates were set (some sources are undated pages dated by when they were read). */
  datingNote?: string;
  items: RoutesItem[];
  /** With `format: 'markdown'`: the items' routes as `plugin-lens routes --format markdown` prints them. */
  markdown?: string;
  /** `summary` when asked for `detail: 'summary'` (see RoutesParams.detail). */
  detail?: 'summary';
}

export interface RoutesItem {
  /** Stable: `${kind}:${file}#${name}` (file workspace-relative, POSIX). */
  id: string;
  kind: string;
  name: string;
  uri: string;
  /** LSP range of the item's token (its name). */
  range: Range;
  routes: Route[];
}

export interface Route {
  channel: string;
  channelName: string;
  /** The author declared it (.plugin-lens.json distribution/channels, repo/managed settings). */
  declared: boolean;
  /** The channel diagnostics use for this item (declared, else inferred from location). A standalone skill folder has two. */
  inUse: boolean;
  /** Set when the route needs the author to repackage the item first (bundle it in a plugin, pack an MCPB): what to do. */
  repackage?: string;
  /** Every surface id in core/surfaces.ts, always all of them. */
  surfaces: Record<SurfaceId, RouteCell>;
  traps: RouteTrap[];
}

export interface RouteCell {
  /** Same vocabulary as reach cells. */
  status: ReachStatus;
  reason: string;
  condition?: string;
  /** What someone must do for the item to arrive on this surface. */
  actions: RouteAction[];
  /** URLs. */
  sources: string[];
}

export interface RouteAction { id: string; who: 'member' | 'admin'; text: string; sources: string[]; asOf: string }
export interface RouteTrap { id: string; title: string; text: string; surfaces: SurfaceId[]; sources: string[]; asOf: string }

/** `pluginLens/routes`: the distribution routes of one file's items (or the workspace's). */
export const RoutesRequest = new RequestType<RoutesParams, RoutesResult, void>('pluginLens/routes');
/** The `$/progress` values of a routes request with a partialResultToken: items to append. */
export const RoutesPartialResult = new ProgressType<RoutesItem[]>();

/** `pluginLens/revalidate`: re-read settings and `.plugin-lens.json`, rescan, refresh diagnostics. */
export const RevalidateRequest = new RequestType0<void, void>('pluginLens/revalidate');

export interface RuleInfo { id: string; description: string; defaultSeverity: string; fixable: boolean; docsUrl: string; kinds: string[] }
/** `pluginLens/listRules`: the rule registry (for a quick pick / the rule list). */
export const ListRulesRequest = new RequestType0<RuleInfo[], void>('pluginLens/listRules');

/** Commands the server asks the client to run (code actions). The client must register these. */
export const ClientCommands = {
  /** args: [ruleId: string, url: string] — open the rule's docs page. */
  openRuleDocs: 'pluginLens.openRuleDocs',
} as const;

/** Commands executed on the server through workspace/executeCommand. */
export const ServerCommands = {
  /** args: [uri: string] — apply every preferred fix in the file (server sends workspace/applyEdit). */
  fixAll: 'pluginLens.server.fixAll',
} as const;

/** The `workspace/configuration` section the server reads per resource. */
export const SETTINGS_SECTION = 'pluginLens';

/** Editor settings (section `pluginLens`). `.plugin-lens.json` wins where both set a value. */
export interface PluginLensSettings {
  enable: boolean;
  /** Surface ids to check for; empty = each file's default targets. */
  targets: string[];
  /** Rule id or glob → 'off' | 'hint' | 'info' | 'warning' | 'error'. */
  rules: Record<string, string>;
  /** Glob → channel id overrides. */
  channels: Record<string, string>;
  trace: { server: 'off' | 'messages' | 'verbose' };
}

export const DEFAULT_SETTINGS: PluginLensSettings = {
  enable: true,
  targets: [],
  rules: {},
  channels: {},
  trace: { server: 'off' },
};

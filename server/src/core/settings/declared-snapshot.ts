/**
 * The workspace's declaring settings read once per workspace snapshot: which files declare plugins and
 * marketplaces (declaringSettingsFiles), which plugins they enable and which marketplaces they register.
 * Channel inference asks this for every item; the answer belongs to the workspace, not to the item.
 * Owner and lifetime: the workspace index (getWorkspaceIndex), which hosts drop after an edit of any
 * JSON file (settings included) or a created / deleted file, so an edit is never answered from here.
 */
import type { Workspace } from '../workspace';
import { readJson } from '../index/index';
import { SnapshotMemo } from '../index/index-memo';
import { declaredPluginsIn, declaringSettingsFiles, registeredMarketplaces, repoDeclaredPlugins, type DeclaredPlugin } from './declared';

export interface DeclaredSettings {
  files: { managed: string[]; repo: string[] };
  /** Declaring files that exist. */
  present: ReadonlySet<string>;
  /** `enabledPlugins` of each declaring file, as that file alone reads (declaredPluginsIn). */
  pluginsIn(file: string): readonly DeclaredPlugin[];
  /** Plugin names switched on by the managed policy / by the repository's settings (local over project). */
  managedEnabled: ReadonlySet<string>;
  repoEnabled: ReadonlySet<string>;
  /** Marketplace names registered by the managed policy / by the repository's settings. */
  managedMarketplaces: ReadonlySet<string>;
  repoMarketplaces: ReadonlySet<string>;
}

const SNAPSHOTS = new SnapshotMemo<DeclaredSettings>();

export function declaredSettings(ws: Workspace): DeclaredSettings {
  return SNAPSHOTS.get(ws, '', () => readDeclaredSettings(ws));
}

function readDeclaredSettings(ws: Workspace): DeclaredSettings {
  const files = declaringSettingsFiles(ws);
  const values = new Map<string, unknown>();
  for (const f of [...files.managed, ...files.repo]) if (!values.has(f)) values.set(f, readJson(ws, f));
  const plugins = new Map<string, DeclaredPlugin[]>();
  for (const [f, v] of values) plugins.set(f, declaredPluginsIn(v, f));
  const marketplaces = (list: string[]) => new Set(list.flatMap((f) => [...registeredMarketplaces(values.get(f)).keys()]));
  const managedEnabled = new Set(files.managed.flatMap((f) => (plugins.get(f) ?? []).filter((d) => d.enabled).map((d) => d.plugin)));
  return {
    files, present: new Set([...values.keys()].filter((f) => ws.exists(f))),
    pluginsIn: (file) => plugins.get(file) ?? [],
    managedEnabled,
    repoEnabled: new Set(repoDeclaredPlugins(ws).filter((d) => d.enabled).map((d) => d.plugin)),
    managedMarketplaces: marketplaces(files.managed),
    repoMarketplaces: marketplaces(files.repo),
  };
}

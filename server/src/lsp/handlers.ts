/**
 * Request handlers: hover, completion, code actions, executeCommand, and the custom Plugin Lens requests.
 * Every handler runs through `runSafe`: an exception is logged and answered with an error; the server
 * keeps serving the next request.
 */
import {
  CodeActionKind, CompletionItemKind, ErrorCodes, InsertTextFormat, LSPErrorCodes, ResponseError, TextEdit,
  type CancellationToken, type CodeAction, type CompletionItem, type Connection, type CreateFile,
  type Hover, type RenameFile, type TextDocumentEdit, type TextDocuments, type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ValidateResult } from '../core/validate';
import { doHover } from '../core/features/hover';
import { reachHover } from './reach-items';
import { doComplete, type CompletionKind } from '../core/features/complete';
import { codeActions, FIX_ALL_KIND, type FileChange, type FindingLike } from '../core/features/code-actions';
import { distributeActions } from '../core/features/distribute-actions';
import type { Workspace } from '../core/workspace';
import { collectFixes } from '../core/fixes';
import { isOurDiagnostic } from './convert';
import { pathToUri, uriToPath } from './uri';
import { ServerCommands } from '../protocol';

export function runSafe<P extends unknown[], R>(
  log: (m: string) => void, name: string, fn: (...args: P) => R | Promise<R>,
): (...args: P) => Promise<R | ResponseError<void>> {
  return async (...args: P) => {
    const token = args.find((a): a is CancellationToken => !!a && typeof a === 'object' && 'isCancellationRequested' in a);
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
    try {
      return await fn(...args);
    } catch (e) {
      const err = e as Error;
      log(`${name} failed: ${err?.stack ?? String(e)}`);
      return new ResponseError(ErrorCodes.InternalError, `Plugin Lens: ${name} failed: ${err?.message ?? String(e)}`);
    }
  };
}

export interface HandlerDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  log(m: string): void;
  /** Current validation of an open document (parsed file + findings). */
  resultFor(doc: TextDocument): Promise<ValidateResult>;
  /** While the document's folder is being indexed: its parse alone (no findings, no reach), at once. */
  provisionalResultFor?(doc: TextDocument): Promise<ValidateResult | undefined>;
  /** `.plugin-lens.json` of the document's folder: path and current text. */
  configFor(path: string): { path: string; text: string | undefined };
  supportsDocumentChanges: () => boolean;
  /** The workspace view of the document's folder (for "Distribute as …" globs and plugin membership). */
  workspaceFor(path: string): Workspace;
}

/** The reach part of a hover before the folder's index exists (the initial scan is listing the workspace). */
export const REACH_PENDING = '_Reach: Plugin Lens is still indexing this workspace folder; hover again in a moment to see which Claude surfaces load this item._';

const ACTION_KIND = { quickfix: CodeActionKind.QuickFix, refactor: CodeActionKind.Refactor, [FIX_ALL_KIND]: FIX_ALL_KIND } as const;

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
  enum: CompletionItemKind.EnumMember,
  keyword: CompletionItemKind.Keyword,
  module: CompletionItemKind.Module,
};

export function registerFeatureHandlers(d: HandlerDeps): void {
  const { connection, documents } = d;
  const safe = <P extends unknown[], R>(name: string, fn: (...args: P) => R | Promise<R>) => runSafe(d.log, name, fn);

  connection.onHover(safe('hover', async (params): Promise<Hover | null> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const provisional = await d.provisionalResultFor?.(doc);
    const result = provisional ?? await d.resultFor(doc);
    if (!result.parsed) return null;
    // The load stage's result, computed by validation; during the initial indexing, a note that it comes.
    const reachHoverProvider = provisional ? () => REACH_PENDING : reachHover(result);
    const h = doHover(result.parsed, doc.offsetAt(params.position), { findings: result.findings, reachHoverProvider });
    if (!h) return null;
    return { contents: { kind: 'markdown', value: h.markdown }, range: { start: doc.positionAt(h.offset), end: doc.positionAt(h.offset + h.length) } };
  }));

  connection.onCompletion(safe('completion', async (params): Promise<CompletionItem[]> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const result = (await d.provisionalResultFor?.(doc)) ?? await d.resultFor(doc);
    if (!result.parsed) return [];
    return doComplete(result.parsed, doc.offsetAt(params.position)).map((e) => ({
      label: e.label,
      kind: COMPLETION_KIND[e.kind],
      detail: e.detail,
      documentation: e.documentation ? { kind: 'markdown', value: e.documentation } : undefined,
      insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: TextEdit.replace({ start: doc.positionAt(e.replace.offset), end: doc.positionAt(e.replace.offset + e.replace.length) }, e.insertText),
      filterText: e.filterText,
      sortText: e.sortText,
    }));
  }));

  connection.onCodeAction(safe('codeAction', async (params): Promise<CodeAction[]> => {
    const doc = documents.get(params.textDocument.uri);
    const path = uriToPath(params.textDocument.uri);
    if (!doc || !path) return [];
    const result = await d.resultFor(doc);
    const ours = params.context.diagnostics.filter(isOurDiagnostic);
    const context: FindingLike[] = ours.map((diag) => {
      const offset = doc.offsetAt(diag.range.start);
      return { ruleId: diag.data.ruleId, fixes: diag.data.fixes, offset, length: doc.offsetAt(diag.range.end) - offset };
    });
    const only = params.context.only;
    const specs = codeActions({ path, context, all: result.findings, config: d.configFor(path), only });
    if (!only?.length || only.some((o) => o === CodeActionKind.Refactor || CodeActionKind.Refactor.startsWith(o + '.'))) {
      specs.push(...distributeActions({ results: result.reach ?? [], offset: doc.offsetAt(params.range.start), ws: d.workspaceFor(path), config: d.configFor(path) }));
    }
    const out: CodeAction[] = [];
    for (const s of specs) {
      const action: CodeAction = { title: s.title, kind: ACTION_KIND[s.kind] };
      if (s.isPreferred) action.isPreferred = true;
      if (s.resolves) action.diagnostics = s.resolves.map((i) => ours[i]);
      if (s.command) action.command = s.command;
      if (s.changes) {
        const config = d.configFor(path);
        const edit = toWorkspaceEdit(s.changes, documents, d.supportsDocumentChanges(), (p) => (p === config.path ? config.text : undefined));
        if (!edit) continue;
        action.edit = edit;
      }
      out.push(action);
    }
    return out;
  }));

  connection.onExecuteCommand(safe('executeCommand', async (params) => {
    if (params.command !== ServerCommands.fixAll) throw new Error(`unknown command ${params.command}`);
    const uri = String(params.arguments?.[0] ?? '');
    const doc = documents.get(uri);
    const path = uriToPath(uri);
    if (!doc || !path) return null;
    const { edits } = collectFixes((await d.resultFor(doc)).findings);
    if (!edits.length) return null;
    const edit = toWorkspaceEdit([{ type: 'edit', path, edits }], documents, d.supportsDocumentChanges());
    if (edit) await connection.workspace.applyEdit({ label: 'Plugin Lens: fix all', edit });
    return null;
  }));
}

/** File changes (offsets) → a WorkspaceEdit; undefined when the client can't apply it (create/rename). */
export function toWorkspaceEdit(
  changes: FileChange[], documents: TextDocuments<TextDocument>, documentChanges: boolean,
  diskText: (path: string) => string | undefined = () => undefined,
): WorkspaceEdit | undefined {
  const docFor = (path: string): { uri: string; doc: TextDocument; version: number | null } | undefined => {
    const uri = pathToUri(path);
    const open = documents.get(uri) ?? documents.all().find((x) => uriToPath(x.uri) === path);
    if (open) return { uri: open.uri, doc: open, version: open.version };
    // Not open: positions come from the disk text the core edited (e.g. `.plugin-lens.json`).
    const text = diskText(path);
    return text === undefined ? undefined : { uri, doc: TextDocument.create(uri, 'json', 0, text), version: null };
  };
  if (!documentChanges) {
    if (changes.some((c) => c.type !== 'edit')) return undefined;
    const map: Record<string, TextEdit[]> = {};
    for (const c of changes) {
      if (c.type !== 'edit') continue;
      const target = docFor(c.path);
      if (!target) return undefined;
      map[target.uri] = c.edits.map((e) => TextEdit.replace({ start: target.doc.positionAt(e.offset), end: target.doc.positionAt(e.offset + e.length) }, e.newText));
    }
    return { changes: map };
  }
  const out: Array<TextDocumentEdit | CreateFile | RenameFile> = [];
  for (const c of changes) {
    if (c.type === 'rename') out.push({ kind: 'rename', oldUri: pathToUri(c.from), newUri: pathToUri(c.to) });
    else if (c.type === 'create') {
      const uri = pathToUri(c.path);
      out.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
      out.push({ textDocument: { uri, version: null }, edits: [TextEdit.insert({ line: 0, character: 0 }, c.text)] });
    } else {
      const target = docFor(c.path);
      if (!target) return undefined;
      const doc = target.doc;
      out.push({
        textDocument: { uri: target.uri, version: target.version },
        edits: c.edits.map((e) => TextEdit.replace({ start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) }, e.newText)),
      });
    }
  }
  return { documentChanges: out };
}

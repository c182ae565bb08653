/**
 * Diagnostics delivery: pull (textDocument/diagnostic + workspace/diagnostic) when the client supports
 * it, else push (publishDiagnostics). Push is debounced per document and guarded against stale versions;
 * cross-file effects are handled by a debounced refresh (pull) or re-validation of open documents (push).
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import {
  DocumentDiagnosticReportKind, type DocumentDiagnosticReport, type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/types';
import { toDiagnostic } from './convert';
import type { ScannedFile } from './workspace-state';

export interface DiagnosticsDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  pull: boolean;
  refreshSupport: boolean;
  debounceMs: number;
  /** Findings for an open document at its current version (cached by uri+version). */
  findingsFor(doc: TextDocument): Promise<Finding[]>;
  /** Scanned files that are not open. */
  scannedFiles(): Iterable<ScannedFile>;
  scannedFile(uri: string): ScannedFile | undefined;
  /** Resolves once the initial workspace scan is done. */
  scanDone(): Promise<void>;
  log(message: string): void;
}

export class Diagnostics {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly published = new Set<string>();
  /** Scanned results whose diagnostics the client shows (uri → resultId): a refresh does not send them again. */
  private readonly sentScanned = new Map<string, number>();

  constructor(private readonly deps: DiagnosticsDeps) {}

  register(): void {
    if (!this.deps.pull) return;
    const { connection, documents } = this.deps;
    connection.languages.diagnostics.on(async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (doc) return full(await this.deps.findingsFor(doc));
      const scanned = this.deps.scannedFile(params.textDocument.uri);
      return full(scanned?.result.findings ?? []);
    });
    connection.languages.diagnostics.onWorkspace(async (params) => {
      await this.deps.scanDone();
      const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const f of this.deps.scannedFiles()) {
        if (documents.get(f.uri)) continue; // open documents are reported by document pull
        const resultId = String(f.resultId);
        if (previous.get(f.uri) === resultId) items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri: f.uri, version: null, resultId });
        else items.push({ kind: DocumentDiagnosticReportKind.Full, uri: f.uri, version: null, resultId, items: f.result.findings.map(toDiagnostic) });
      }
      return { items };
    });
  }

  /** A document changed or opened (push mode: debounced validation + publish). */
  schedule(doc: TextDocument, delay = this.deps.debounceMs): void {
    if (this.deps.pull) return;
    const uri = doc.uri;
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      void this.publishOpen(uri);
    }, delay));
  }

  private async publishOpen(uri: string): Promise<void> {
    const doc = this.deps.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const findings = await this.deps.findingsFor(doc);
      // Stale-version guard: the buffer moved on while we validated; its own run will publish.
      if (this.deps.documents.get(uri)?.version !== version) return;
      this.send(uri, findings.map(toDiagnostic), version);
    } catch (e) {
      this.deps.log(`validation of ${uri} failed: ${(e as Error).stack ?? e}`);
    }
  }

  /** Publish a scanned (unopened) file's diagnostics (push mode). */
  publishScanned(f: ScannedFile): void {
    if (this.deps.pull || this.deps.documents.get(f.uri) || this.sentScanned.get(f.uri) === f.resultId) return;
    this.send(f.uri, f.result.findings.map(toDiagnostic));
    this.sentScanned.set(f.uri, f.resultId);
  }

  /** A file disappeared, or a document closed without a scanned entry. */
  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.sentScanned.delete(uri); // a deleted file's entry would stay for the server's life
    if (!this.deps.pull && this.published.has(uri)) this.send(uri, []);
  }

  /** Everything may have changed (settings, config, a related file): re-deliver. */
  refresh(delay = this.deps.debounceMs): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (this.deps.pull) {
        if (this.deps.refreshSupport) void this.deps.connection.languages.diagnostics.refresh().catch(() => undefined);
        return;
      }
      for (const doc of this.deps.documents.all()) void this.publishOpen(doc.uri);
      for (const f of this.deps.scannedFiles()) this.publishScanned(f);
    }, delay);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    clearTimeout(this.refreshTimer);
  }

  private send(uri: string, diagnostics: Diagnostic[], version?: number): void {
    this.sentScanned.delete(uri); // publishScanned records its own send after this
    if (diagnostics.length) this.published.add(uri); else this.published.delete(uri);
    void this.deps.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}

function full(findings: Finding[]): DocumentDiagnosticReport {
  return { kind: DocumentDiagnosticReportKind.Full, items: findings.map(toDiagnostic) };
}

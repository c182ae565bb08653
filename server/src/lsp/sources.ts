/** Every validated file (open buffers win over the scan), and the counts the status reports of them. */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FindingCounts } from '../protocol';
import type { ValidateResult } from '../core/validate';
import type { DocumentCache } from './document-cache';
import type { ValidatedSource } from './reach-items';
import type { ScannedFile } from './workspace-state';
import { countFindings } from './items';
import { uriToPath } from './uri';

export function validatedSources(documents: TextDocuments<TextDocument>, cache: DocumentCache, scanned: Iterable<ScannedFile>): ValidatedSource[] {
  const out: ValidatedSource[] = [];
  const open = openSources(documents, cache, (d, path, result) => out.push({ uri: d.uri, path, result, positions: cache.positions(d.uri), item: cache.item(d.uri) }));
  // The scanned record is a source as it is: a copy each was 100,000 objects per sidebar request.
  for (const f of scanned) if (!open.has(f.path)) out.push(f);
  return out;
}

/** The open documents that have a result (each handed to `each`), by path: they win over the scan. */
function openSources(documents: TextDocuments<TextDocument>, cache: DocumentCache, each: (d: TextDocument, path: string, result: ValidateResult) => void): Set<string> {
  const open = new Set<string>();
  for (const d of documents.all()) {
    const path = uriToPath(d.uri);
    const r = cache.latest(d.uri);
    if (!path || !r) continue;
    open.add(path);
    each(d, path, r);
  }
  return open;
}

/**
 * Findings over all validated files, and how many files, in steps of 1,024 scanned files (on 100,000 files
 * the count in one piece held a hover back 30-40 ms after every status change).
 */
export function* sourceCountsSteps(documents: TextDocuments<TextDocument>, cache: DocumentCache, scanned: Iterable<ScannedFile>): Generator<void, { findings: FindingCounts; files: number }> {
  const findings: FindingCounts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  const open = openSources(documents, cache, (_d, _path, result) => countFindings(result.findings, findings));
  let files = open.size;
  for (const f of scanned) {
    if (open.has(f.path)) continue;
    countFindings(f.result.findings, findings);
    if (++files % 1024 === 0) yield;
  }
  return { findings, files };
}

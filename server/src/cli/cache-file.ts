/**
 * The `--cache` file's layout, built so that a hit reads little and parses less: a first line
 * `plugin-lens-cache <format> <header bytes>`, the header (JSON: per entry its key, its dependencies
 * front-coded, stderr, exit code and the output's length in bytes), then the outputs' bytes one after the
 * other. A hit parses the header and reads one output as it was printed; nothing in it is JSON-escaped.
 * (Format 2 was one JSON document: reading and parsing the corpus's 4 MB of it took ~100 ms of a ~360 ms hit.)
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Dependencies } from '../node/dependencies';

const MAGIC = 'plugin-lens-cache';
export const FORMAT = 3;

/** Paths sorted and front-coded: [characters shared with the previous path, the rest, fingerprint]… */
export type Packed = (number | string)[];
export interface PackedDeps { strategy: Dependencies['strategy']; dirs: Packed; stats: Packed; files: Packed }
export interface HeaderEntry { key: string; deps: PackedDeps; stderr: string; exitCode: number; bytes: number }

/**
 * With the metadata strategy a path recorded as absent ('-') under a recorded folder says nothing the
 * folder's own fingerprint does not: an entry added to the folder changes its mtime, and every recorded
 * folder must be unchanged for a hit. Such paths (most of a run's probes) are left out.
 */
export function packDependencies(deps: Dependencies): PackedDeps {
  const implied = (p: string, fp: string) => deps.strategy === 'metadata' && fp === '-' && isRecordedParent(deps, p);
  const pack = (record: Record<string, string>): Packed => {
    const out: Packed = [];
    let previous = '';
    for (const p of Object.keys(record).sort()) {
      const fp = record[p];
      if (implied(p, fp)) continue;
      let shared = 0;
      const max = Math.min(previous.length, p.length);
      while (shared < max && previous.charCodeAt(shared) === p.charCodeAt(shared)) shared++;
      out.push(shared, p.slice(shared), fp);
      previous = p;
    }
    return out;
  };
  return { strategy: deps.strategy, dirs: pack(deps.dirs), stats: pack(deps.stats), files: pack(deps.files) };
}

function isRecordedParent(deps: Dependencies, p: string): boolean {
  const parent = path.dirname(p);
  return parent !== p && Object.prototype.hasOwnProperty.call(deps.dirs, parent);
}

/** Every packed path's fingerprint still equals the recorded one (stops at the first that differs). */
export function allUnchanged(packed: Packed, fingerprint: (p: string) => string): boolean {
  let previous = '';
  for (let i = 0; i + 2 < packed.length; i += 3) {
    const p = previous.slice(0, packed[i] as number) + (packed[i + 1] as string);
    if (fingerprint(p) !== packed[i + 2]) return false;
    previous = p;
  }
  return true;
}

/** The cache file's header and where its outputs start; undefined when it is absent, foreign or broken. */
export function readHeader(fd: number): { entries: HeaderEntry[]; outputsAt: number } | undefined {
  const head = Buffer.alloc(128);
  const n = fs.readSync(fd, head, 0, head.length, 0);
  const newline = head.subarray(0, n).indexOf(10);
  const m = newline < 0 ? null : /^(\S+) (\d+) (\d+)$/.exec(head.toString('latin1', 0, newline));
  if (!m || m[1] !== MAGIC || Number(m[2]) !== FORMAT) return undefined;
  const bytes = Number(m[3]);
  const header = Buffer.alloc(bytes);
  if (fs.readSync(fd, header, 0, bytes, newline + 1) !== bytes) return undefined;
  const entries = (JSON.parse(header.toString('utf8')) as { entries?: unknown }).entries;
  return Array.isArray(entries) && entries.every(isEntry) ? { entries, outputsAt: newline + 1 + bytes } : undefined;
}

/** The shape a header entry must have (a file edited by hand or cut short is a cold run, never a crash). */
function isEntry(e: unknown): e is HeaderEntry {
  const x = e as Partial<HeaderEntry> | null;
  const packed = (p: unknown) => Array.isArray(p) && p.length % 3 === 0;
  return typeof x === 'object' && x !== null && typeof x.key === 'string' && typeof x.stderr === 'string'
    && Number.isInteger(x.exitCode) && Number.isInteger(x.bytes) && x.bytes! >= 0
    && typeof x.deps === 'object' && x.deps !== null && (x.deps.strategy === 'metadata' || x.deps.strategy === 'content')
    && packed(x.deps.dirs) && packed(x.deps.stats) && packed(x.deps.files);
}

/** The output of `entries[index]`, read from the file at its place. */
export function readOutput(fd: number, entries: readonly HeaderEntry[], outputsAt: number, index: number): Buffer | undefined {
  let at = outputsAt;
  for (let i = 0; i < index; i++) at += entries[i].bytes;
  const out = Buffer.alloc(entries[index].bytes);
  return fs.readSync(fd, out, 0, out.length, at) === out.length ? out : undefined;
}

/** The whole file for these entries and their outputs (in the same order). */
export function cacheFileBytes(entries: readonly HeaderEntry[], outputs: readonly Buffer[]): Buffer {
  const header = Buffer.from(JSON.stringify({ entries }), 'utf8');
  return Buffer.concat([Buffer.from(`${MAGIC} ${FORMAT} ${header.length}\n`, 'latin1'), header, ...outputs]);
}

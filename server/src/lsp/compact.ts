/**
 * What the server keeps of a file that is not open, once it is validated: findings, the file item and
 * reach stay; the text and parse tree go (a 20,000-file workspace would otherwise hold every text and
 * tree). Offsets still become line/character through a line-start table, and the reach matrices, which
 * repeat across items of the same kind and channel, are shared instead of held once per item.
 */
import type { Position } from 'vscode-languageserver';
import type { ValidateResult } from '../core/validate';
import type { ReachMatrix } from '../core/reach';

export interface Positions { positionAt(offset: number): Position }

/** Line starts and line-content ends (before the EOL) as typed arrays: what TextDocument.positionAt answers. */
export class LineTable implements Positions {
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;

  constructor(text: string) {
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 13 && c !== 10) continue;
      ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
    ends.push(text.length);
    this.starts = Uint32Array.from(starts);
    this.ends = Uint32Array.from(ends);
  }

  positionAt(offset: number): Position {
    const { starts, ends } = this;
    const at = Math.max(0, Math.min(offset, ends[ends.length - 1]));
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] > at) high = mid; else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: Math.min(at, ends[line]) - starts[line] };
  }
}

/** Equal reach matrices, shared (cells are read, never written, after validation). */
export class MatrixPool {
  private readonly pool = new Map<string, ReachMatrix>();

  share(m: ReachMatrix): ReachMatrix {
    const key = JSON.stringify(m);
    let hit = this.pool.get(key);
    if (!hit) { hit = JSON.parse(key) as ReachMatrix; this.pool.set(key, hit); }
    return hit;
  }

  get size(): number { return this.pool.size; }
}

/**
 * The result without its parse tree, reach matrices shared through `pool`. Kept as a JSON copy: names,
 * descriptions and messages are often slices of the file's text, and one slice keeps the whole text alive.
 */
export function compactResult(result: ValidateResult, pool: MatrixPool): ValidateResult {
  const { parsed: _parsed, reach, ...rest } = result;
  const copy: ValidateResult = jsonCopy(rest);
  if (reach) copy.reach = reach.map((r) => ({ ...jsonCopy({ ...r, reach: undefined }), reach: pool.share(r.reach) }));
  return copy;
}

/** A copy made of fresh strings (no slice of a file's text): what a long-lived cache should hold. */
export const jsonCopy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)) as T);

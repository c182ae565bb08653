/**
 * Hashes, with node's crypto module loaded on the first use: requiring it costs ~5 ms of a cold process,
 * and most runs (no `--cache`, no code cache) never hash anything.
 */
import type { BinaryToTextEncoding } from 'crypto';

let crypto: typeof import('crypto') | undefined;

export function digest(algorithm: 'sha1' | 'sha256', data: string | Uint8Array, encoding: BinaryToTextEncoding): string {
  crypto ??= require('crypto') as typeof import('crypto');
  return crypto.createHash(algorithm).update(data).digest(encoding);
}

/**
 * A text's length and a 53-bit hash of its UTF-16 code units (cyrb53): what a long-lived memo keeps
 * to tell whether a file's text is still the one it computed from, instead of the text itself.
 */
export interface Fingerprint { length: number; hash: number }

export function fingerprint(text: string): Fingerprint {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return { length: text.length, hash: 4294967296 * (2097151 & h2) + (h1 >>> 0) };
}

/** True when `text` has the fingerprint `f` (the hash is computed only when the lengths agree). */
export function hasFingerprint(text: string, f: Fingerprint): boolean {
  return text.length === f.length && fingerprint(text).hash === f.hash;
}

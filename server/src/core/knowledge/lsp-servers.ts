/** Facts about `.lsp.json` beyond its schema (data, with sources). */
import type { Source } from '../types';

export const LSP_COMPONENTS: Source = { url: 'https://code.claude.com/docs/en/plugins/components', date: '2026-10-08' };
export const LSP_MANIFEST_REF: Source = { url: 'https://code.claude.com/docs/en/plugins/manifest-reference', date: '2026-10-04' };

/** Two servers claiming one extension: the first wins; load warns `LSP server "<name>" is not used for <ext> files`. */
export const DUPLICATE_EXTENSION_EFFECT = 'the first server declared for an extension wins';

/** `transport: "socket"` is accepted but the server still runs over stdio. */
export const SOCKET_RUNS_AS_STDIO = true;

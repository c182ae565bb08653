/** Facts about marketplace plugin `source` forms beyond the schema (marketplace-reference, copy 2026-10-10). */
import type { Source } from '../types';

export const SOURCES_REF: Source = { url: 'https://code.claude.com/docs/en/plugins/marketplace-reference', date: '2026-10-10' };

/** Archive URLs may not point at loopback, link-local or cloud-metadata hosts. */
export const ARCHIVE_FORBIDDEN_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[?::1\]?|0\.0\.0\.0|169\.254\.\d+\.\d+|\[?fe80:.*|metadata\.google\.internal|metadata|100\.100\.100\.200)$/i;

/** npm `package` values Claude Code refuses before fetching. */
export const NPM_REFUSED: ReadonlyArray<{ test: RegExp; reason: string }> = [
  { test: /^(git\+|git:|git@|github:|gitlab:|bitbucket:|gist:)|\.git(#.*)?$/i, reason: 'a git address (use a github, url or git-subdir source)' },
  { test: /^(file:|\.{0,2}\/|~\/)/i, reason: 'a folder or file: path (use a relative path source)' },
  { test: /^npm:/i, reason: 'an npm: alias (use the package\'s own name)' },
  { test: /^https?:\/\/(www\.)?(github\.com|gist\.github\.com|gitlab\.com(?!\/api\/v4\/)|bitbucket\.org|git\.sr\.ht)\//i, reason: 'a tarball link on a git host' },
  { test: /^http:\/\//i, reason: 'a tarball link over http (refused unless it is the user\'s own default registry)' },
];

/** Entry fields that only apply to archive sources (v2.1.238). */
export const ARCHIVE_ONLY_ENTRY_FIELDS = ['headers', 'headersHelper'] as const;

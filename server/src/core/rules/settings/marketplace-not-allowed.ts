import { defineRule } from '../define';
import { effect } from '../../load/effect';
import { keyOf, propertiesOf, toValue, valueOf } from '../../parse/node';
import { SETTINGS_REF } from '../../knowledge/settings-keys';
import { scopeOf } from './helpers';
import { isObject } from '../../index/paths';

type Src = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const same = (a: unknown, b: unknown) => a === b; // "must match exactly, or both must be undefined"

/** The host a source fetches from, for hostPattern entries. */
function hostOf(s: Src): string | undefined {
  if (s.source === 'github') return 'github.com';
  const url = str(s.url);
  if (!url) return undefined;
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?#]+)/i.exec(url) ?? /^[^@/]+@([^:/]+):/.exec(url);
  return m?.[1];
}

function regexTest(pattern: unknown, value: string | undefined): boolean {
  if (typeof pattern !== 'string' || value === undefined) return false;
  try { return new RegExp(pattern).test(value); } catch { return true; } // an invalid pattern is the schema's business
}

/** strictKnownMarketplaces matching (settings-reference § Exact matching, § Owner wildcards). */
export function allowlistMatches(entry: Src, s: Src): boolean {
  switch (entry.source) {
    case 'hostPattern': return regexTest(entry.hostPattern, hostOf(s));
    case 'pathPattern': return (s.source === 'file' || s.source === 'directory') && regexTest(entry.pathPattern, str(s.path));
    case 'skills-dir': return false;
    default: break;
  }
  if (entry.source !== s.source) return false;
  switch (s.source) {
    case 'github': {
      const repo = str(entry.repo);
      if (repo?.endsWith('/*') && repo.indexOf('/') === repo.length - 2) {
        const owner = repo.slice(0, -2);
        return str(s.repo)?.split('/')[0] === owner && same(entry.ref, s.ref) && (entry.path === undefined || entry.path === s.path);
      }
      return same(entry.repo, s.repo) && same(entry.ref, s.ref) && same(entry.path, s.path);
    }
    case 'git': return same(entry.url, s.url) && same(entry.ref, s.ref) && same(entry.path, s.path);
    case 'url': return same(entry.url, s.url);
    case 'npm': return same(entry.package, s.package);
    case 'file': case 'directory': return same(entry.path, s.path);
    default: return true; // types the reference does not describe matching for: not reported
  }
}

/**
 * In managed settings, extraKnownMarketplaces pre-registers marketplaces and strictKnownMarketplaces
 * gates them: a registered source that no allowlist entry matches (exactly, or by owner wildcard or
 * pattern) is blocked before any fetch, so its plugins never install; `[]` blocks every source.
 */
export default defineRule({
  id: 'settings/marketplace-not-allowed',
  kinds: ['settings'],
  description: 'Managed settings register a marketplace in extraKnownMarketplaces whose source their own strictKnownMarketplaces allowlist does not match.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [{ ...SETTINGS_REF, note: 'strictKnownMarketplaces: Exact matching, Owner wildcards, Combine with extraKnownMarketplaces; an empty array blocks every source' }],
  check(ctx) {
    if (scopeOf(ctx) !== 'managed') return;
    const root = ctx.file.root;
    const list = valueOf(root, 'strictKnownMarketplaces') ?? valueOf(root, 'allowedMarketplaces');
    const allow = toValue(list);
    if (!Array.isArray(allow)) return;
    const entries = allow.filter(isObject);
    for (const key of ['extraKnownMarketplaces', 'additionalMarketplaces']) {
      for (const prop of propertiesOf(valueOf(root, key))) {
        const sourceNode = valueOf(prop.children?.[1], 'source');
        const source = toValue(sourceNode);
        if (!isObject(source) || typeof source.source !== 'string' || source.source === 'settings') continue;
        if (entries.some((e) => allowlistMatches(e, source))) continue;
        const name = keyOf(prop);
        ctx.report({
          node: sourceNode!,
          message: entries.length === 0
            ? `strictKnownMarketplaces is empty, which blocks every marketplace source: Claude Code refuses to register "${name}" and its plugins never install.`
            : `No strictKnownMarketplaces entry in this file matches this source exactly (repo/url, ref and path), so Claude Code blocks marketplace "${name}" before fetching it and its plugins never install.`,
          data: { marketplace: name, effect: effect('refused', ['claude-code']) },
        });
      }
    }
  },
});

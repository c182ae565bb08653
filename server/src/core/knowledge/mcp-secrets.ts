/**
 * Recognising plaintext credentials in MCP configs without echoing them: well-known token prefixes,
 * credential-like names (the same name parts Claude Code strips from a helper's environment), entropy.
 */
import type { Source } from '../types';

export const SECRET_SOURCES: Source[] = [
  { url: 'https://code.claude.com/docs/en/mcp', date: '2026-08-22', note: 'use ${VAR} expansion for secrets; credential name parts' },
  { url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github', date: '2026-08-22', note: 'GitHub token prefixes' },
];

/** Prefixes of tokens issued by common services. */
export const TOKEN_PREFIXES: ReadonlyArray<{ prefix: RegExp; what: string }> = [
  { prefix: /^gh[pousr]_[A-Za-z0-9]{20,}/, what: 'a GitHub token' },
  { prefix: /^github_pat_[A-Za-z0-9_]{20,}/, what: 'a GitHub token' },
  { prefix: /^sk-ant-[A-Za-z0-9_-]{16,}/, what: 'an Anthropic API key' },
  { prefix: /^sk-(proj-)?[A-Za-z0-9_-]{20,}/, what: 'an OpenAI-style API key' },
  { prefix: /^xox[abpors]-[A-Za-z0-9-]{10,}/, what: 'a Slack token' },
  { prefix: /^xapp-[A-Za-z0-9-]{10,}/, what: 'a Slack app token' },
  { prefix: /^(AKIA|ASIA)[A-Z0-9]{16}$/, what: 'an AWS access key' },
  { prefix: /^AIza[A-Za-z0-9_-]{30,}/, what: 'a Google API key' },
  { prefix: /^glpat-[A-Za-z0-9_-]{16,}/, what: 'a GitLab token' },
  { prefix: /^npm_[A-Za-z0-9]{30,}/, what: 'an npm token' },
  { prefix: /^pypi-[A-Za-z0-9_-]{30,}/, what: 'a PyPI token' },
  { prefix: /^hf_[A-Za-z0-9]{30,}/, what: 'a Hugging Face token' },
  { prefix: /^(sk|rk)_(live|test)_[A-Za-z0-9]{16,}/, what: 'a Stripe key' },
  { prefix: /^SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/, what: 'a SendGrid key' },
  { prefix: /^lin_api_[A-Za-z0-9]{20,}/, what: 'a Linear API key' },
  { prefix: /^(ntn_|secret_)[A-Za-z0-9]{30,}/, what: 'a Notion token' },
  { prefix: /^shp(at|ss|ca)_[a-f0-9]{20,}/, what: 'a Shopify token' },
  { prefix: /^dop_v1_[a-f0-9]{40,}/, what: 'a DigitalOcean token' },
  { prefix: /^eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, what: 'a JWT' },
];

/** Underscore-separated name parts Claude Code treats as credentials (docs/mcp "Which variables a helper can read"). */
export const CREDENTIAL_NAME_PARTS: readonly string[] = [
  'TOKEN', 'SECRET', 'PASSWORD', 'PASSWD', 'PASSPHRASE', 'KEY', 'AUTH', 'COOKIE', 'PAT', 'DSN', 'CREDENTIAL', 'CREDENTIALS',
];

export function isCredentialName(name: string): boolean {
  if (/^GIT_CONFIG_KEY_\d+$/i.test(name)) return false;
  return name.split(/[_-]/).some((p) => CREDENTIAL_NAME_PARTS.includes(p.toUpperCase()))
    || /(api[-_]?key|apikey|secret|password|token|authorization)/i.test(name);
}

/** Values that are obviously placeholders, not secrets. */
export function isPlaceholder(value: string): boolean {
  return /\$\{[^}]*\}|^\$[A-Za-z_]|^%[A-Za-z_]+%$|\{\{.*\}\}/.test(value)
    || /^<.*>$|^\[.*\]$/.test(value)
    || /(your|my|insert|replace|change|example|placeholder|xxx|\.\.\.|todo|here|dummy|fake|sample|redacted|\*\*\*)/i.test(value)
    || /^(.)\1+$/.test(value);
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) { const p = c / s.length; h -= p * Math.log2(p); }
  return h;
}

/** A random-looking token: long, no spaces, mixed letters and digits, high entropy, not a path or URL. */
export function looksRandom(s: string): boolean {
  if (s.length < 24 || /\s|[/\\]|:\/\/|^[-.]|\.(js|ts|py|json|sh|exe)$/i.test(s)) return false;
  if (!/[0-9]/.test(s) || !/[A-Za-z]/.test(s)) return false;
  if (/^[0-9a-f-]{36}$/i.test(s) && s.split('-').length === 5) return false; // a UUID is an id, not a secret
  return entropy(s) >= 3.8;
}

/** What kind of secret a value is, or undefined. `nameHint` is the env/header/flag name. */
export function classifySecret(value: string, nameHint?: string): string | undefined {
  const v = value.replace(/^(Bearer|Basic|Token|Bot)\s+/i, '');
  if (!v || isPlaceholder(v)) return undefined;
  for (const t of TOKEN_PREFIXES) if (t.prefix.test(v)) return t.what;
  if (looksRandom(v)) return 'a high-entropy value';
  if (nameHint && isCredentialName(nameHint) && v.length >= 12 && !/\s/.test(v) && /[0-9]/.test(v) && /[A-Za-z]/.test(v) && !/[/\\]/.test(v)) return 'a credential';
  return undefined;
}

/** At most the first 4 characters, then an ellipsis: never echo a secret. */
export function redact(value: string): string {
  return `${value.slice(0, Math.min(4, Math.floor(value.length / 4)))}…`;
}

import { defineRule } from '../define';
import { replaceValue } from '../../edits/json-edits';
import { classifySecret, redact, SECRET_SOURCES } from '../../knowledge/mcp-secrets';
import { itemsOf, stringValue, valueOf, type Node } from '../../parse/node';
import type { Fix } from '../../types';
import { serversOf, stringFields } from './servers';

/** A literal token in env/headers/args: committed with the file and visible to anyone who reads it. */
export default defineRule({
  id: 'mcp/plaintext-secret',
  kinds: ['mcp', 'desktop-config', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'A plaintext secret in a server\'s env, headers or args: move it to an environment variable and reference it as ${VAR}.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['suggestion'],
  sources: SECRET_SOURCES,
  check(ctx) {
    const desktop = ctx.file.kind === 'desktop-config';
    for (const s of serversOf(ctx)) {
      const args = itemsOf(valueOf(s.entry, 'args'));
      for (const f of stringFields(s.entry)) {
        if (!['env', 'headers', 'args'].includes(f.field)) continue;
        const value = f.node.value as string;
        const hint = f.key ?? (f.field === 'args' ? flagBefore(args, f.node) ?? inlineFlag(value) : undefined);
        const secretPart = f.field === 'args' ? value.replace(/^--?[A-Za-z0-9-]+=/, '') : value;
        const what = classifySecret(secretPart, hint);
        if (!what) continue;
        const varName = envName(hint ?? `${s.name}_TOKEN`);
        const fixes: Fix[] = [];
        // Claude Desktop does not document ${VAR} expansion: no automatic rewrite there.
        if (!desktop) {
          const replaced = f.field === 'headers'
            ? value.replace(/^((?:Bearer|Basic|Token|Bot)\s+)?.*$/is, (_a, pre: string | undefined) => `${pre ?? ''}\${${varName}}`)
            : f.field === 'args' ? value.replace(/^(--?[A-Za-z0-9-]+=)?.*$/s, (_a, pre: string | undefined) => `${pre ?? ''}\${${varName}}`)
              : `\${${varName}}`;
          fixes.push({ title: `Replace the value with \${${varName}} (set ${varName} in your environment)`, tier: 'suggestion', edits: replaceValue(f.node, replaced) });
        }
        const where = f.key ? `"${f.field}.${f.key}"` : `"${f.field}"`;
        ctx.report({
          node: f.node,
          message: `${where} of server "${s.name}" holds what looks like ${what} in plain text ("${redact(secretPart.replace(/^(Bearer|Basic|Token|Bot)\s+/i, ''))}"): anyone who can read this file can use it. `
            + (desktop ? 'Keep this file private, or have the server read the secret from a file or the OS keychain.' : `Move it to an environment variable and reference it as \${${varName}}.`),
          fixes: fixes.length ? fixes : undefined,
          data: { field: f.field, key: f.key, kind: what },
        });
      }
    }
  },
});

/** `--api-key <value>`: the flag just before this arg. */
function flagBefore(args: Node[], node: Node): string | undefined {
  const i = args.indexOf(node);
  const prev = i > 0 ? stringValue(args[i - 1]) : undefined;
  return prev && /^--?[A-Za-z]/.test(prev) ? prev.replace(/^-+/, '') : undefined;
}

function inlineFlag(value: string): string | undefined {
  const m = /^--?([A-Za-z0-9-]+)=/.exec(value);
  return m?.[1];
}

/** `api-key` → `API_KEY`; `Authorization` → `AUTHORIZATION_TOKEN`. */
function envName(hint: string): string {
  const base = hint.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase() || 'MCP_TOKEN';
  return base === 'AUTHORIZATION' ? 'AUTHORIZATION_TOKEN' : /^[0-9]/.test(base) ? `V_${base}` : base;
}

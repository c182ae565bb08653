import { defineRule, src } from '../define';
import { findReferences } from './references';
import { locate } from './support';
import { join } from '../../paths';

export default defineRule({
  id: 'skill/missing-reference',
  kinds: ['skill'],
  description: 'A relative link or `${CLAUDE_SKILL_DIR}/…` path in the body points at a file that does not exist.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [
    src('https://agentskills.io/specification', '2026-08-09', 'file references are relative to the skill root'),
    src('https://code.claude.com/docs/en/skills#available-string-substitutions', '2026-08-22'),
  ],
  check(ctx) {
    const loc = locate(ctx);
    const start = ctx.file.frontmatter?.present && !ctx.file.frontmatter.unclosed ? ctx.file.frontmatter.bodyStart : 0;
    for (const ref of findReferences(ctx.file.text, start)) {
      // Markdown links inside code are examples; ${CLAUDE_SKILL_DIR} paths in code are real commands.
      // The cheap tests first: whether a link sits in code is read only for a local path (see references.ts).
      const target = clean(ref.target);
      if (!target || ref.target.includes('\\')) continue; // backslashes: skill/backslash-path
      const base = ref.base === 'plugin' ? loc.pluginRoot : loc.dir;
      if (!base) continue;
      const isEnv = ctx.file.text.startsWith('${', ref.offset);
      if ((ref.inCode && !isEnv) || ref.inExample) continue;
      const abs = join(base, target); // posix.join normalizes
      if (ctx.workspace.exists(abs)) continue;
      ctx.report({
        range: { offset: ref.offset, length: ref.length },
        message: `\`${target}\` does not exist (resolved from the ${ref.base === 'plugin' ? 'plugin root' : 'skill folder'}): when Claude follows this reference it finds nothing and has to guess. Fix the path or add the file.`,
      });
    }
  },
});

/** The path part of a link target, or undefined for URLs, anchors, absolute paths and placeholders. */
function clean(target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('/') || target.startsWith('~')) return undefined;
  if (/[<>{}*$%]/.test(target.includes('%') ? target.replace(/%[0-9a-f]{2}/gi, '') : target)) return undefined;
  let path = beforeFirst(beforeFirst(target, '#'), '?');
  // Only a `%` escapes anything (and the common path has none): skip the decoder then.
  if (path.includes('%')) try { path = decodeURIComponent(path); } catch { /* keep as written */ }
  path = path.replace(/[.,:;]+$/, '');
  return path && path !== '.' ? path : undefined;
}

/** `text` up to the first `sep` (all of it without one), as `split(sep)[0]` without the array. */
function beforeFirst(text: string, sep: string): string {
  const at = text.indexOf(sep);
  return at < 0 ? text : text.slice(0, at);
}

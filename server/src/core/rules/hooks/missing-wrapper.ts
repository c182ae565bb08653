import { defineRule, src } from '../define';
import { keyNodeOf, keyOf, propertiesOf, propertyOf } from '../../parse/node';
import { hookEvent } from '../../knowledge/hooks-events';
import { lineBreakOf, lineIndent } from '../../edits/json-edits';
import { effect } from '../../load/effect';

/** hooks.json with its events at the top level instead of inside `"hooks": {…}`. */
export default defineRule({
  id: 'hooks/missing-wrapper',
  kinds: ['hooks', 'settings'],
  description: 'Hook events sit at the top level instead of inside the "hooks" object, so Claude Code never registers them.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://code.claude.com/docs/en/plugins/components', '2026-10-08'),
    src('https://code.claude.com/docs/en/hooks', '2026-08-22'),
    src('https://code.claude.com/docs/en/plugins/troubleshooting', '2026-10-10', 'claude plugin validate 2.1.332: "declared at the top level, outside the \\"hooks\\" object"'),
  ],
  check(ctx) {
    const root = ctx.file.root;
    if (root?.type !== 'object') return;
    const misplaced = propertiesOf(root).filter((p) => hookEvent(keyOf(p)));
    if (misplaced.length === 0) return;
    const hasWrapper = propertyOf(root, 'hooks') !== undefined;
    const fix = ctx.file.kind === 'hooks' && !hasWrapper && misplaced.length === propertiesOf(root).filter((p) => !['$schema', 'description', 'modules'].includes(keyOf(p))).length
      ? wrapFix(ctx.file.text, misplaced) : undefined;
    for (const prop of misplaced) {
      const name = keyOf(prop);
      const guard = hookEvent(name)?.guard;
      ctx.report({ data: { effect: effect('dropped', ['claude-code']) },
        node: keyNodeOf(prop),
        severity: guard ? 'error' : 'warning',
        message: `"${name}" is declared at the top level, outside the "hooks" object, so Claude Code never registers this hook.`
          + (guard ? ` A ${name} hook may be what guards a permission.` : '') + ' Move it inside "hooks": { … }.',
        fixes: fix ? [fix] : undefined,
      });
    }
  },
});

/** Wraps the (contiguous) event members in `"hooks": { … }`, re-indenting them one level. */
function wrapFix(text: string, props: import('../../parse/node').Node[]) {
  const first = props[0];
  const last = props[props.length - 1];
  const start = first.offset;
  const end = last.offset + last.length;
  const between = text.slice(start, end);
  // Only when the events are one contiguous run (no other members between them).
  const all = first.parent?.children ?? [];
  if (all.indexOf(last) - all.indexOf(first) !== props.length - 1) return undefined;
  const indent = lineIndent(text, start);
  const eol = lineBreakOf(text);
  const unit = indent.length > 0 ? indent : '  ';
  const body = between.split(/\r?\n/).map((l, i) => (i === 0 ? l : l.length ? unit + l : l)).join(eol);
  const newText = `"hooks": {${eol}${indent}${unit}${body}${eol}${indent}}`;
  return { title: 'Wrap the events in a "hooks" object', edits: [{ offset: start, length: end - start, newText }], tier: 'safe' as const, isPreferred: true };
}

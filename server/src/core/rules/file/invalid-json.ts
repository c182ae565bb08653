import { defineRule, src } from '../define';
import { JSON_KINDS } from '../../kinds/detect';
import { JSON_PARSE_EFFECTS } from '../../knowledge/json-effects';
import { effect as loadEffect } from '../../load/effect';


export default defineRule({
  id: 'file/invalid-json',
  kinds: ['file'],
  description: 'The file is not valid JSON (comments and trailing commas included), so the loader cannot read it.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [
    src('https://code.claude.com/docs/en/plugins/troubleshooting', '2026-10-10'),
    src('https://code.claude.com/docs/en/plugins/manifest-reference', '2026-10-04'),
  ],
  check(ctx) {
    if (!JSON_KINDS.includes(ctx.file.kind)) return;
    const effect = JSON_PARSE_EFFECTS[ctx.file.kind]?.effect ?? 'the loader cannot read this file';
    const load = { effect: loadEffect('refused', ctx.file.kind === 'desktop-config' ? ['desktop-config'] : ctx.file.kind === 'mcpb' ? ['mcpb'] : ['claude-code']) };
    if (ctx.file.text.trim() === '') {
      ctx.report({ range: { offset: 0, length: 0 }, message: `The file is empty, which is not valid JSON: ${effect}.`, data: load });
      return;
    }
    const first = ctx.file.syntaxErrors[0];
    if (!first) return;
    // Report the first problem only: later ones are usually consequences of it.
    const more = ctx.file.syntaxErrors.length > 1 ? ` (${ctx.file.syntaxErrors.length - 1} more after it)` : '';
    ctx.report({
      range: { offset: first.offset, length: Math.max(first.length, 1) },
      message: `Invalid JSON: ${first.message}${more}. ${capitalize(effect)}.`,
      data: { code: first.code, ...load },
    });
  },
});

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

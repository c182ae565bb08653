import { defineRule } from '../define';
import { detectKind } from '../../kinds/detect';
import { MAX_FILE_BYTES, MAX_NESTING, nestingDepth, parsedPart } from '../../limits';

/** Reported by the pipeline's guards (core/validate.ts) before any parse. */
export default defineRule({
  id: 'file/too-deeply-nested',
  kinds: ['file'],
  description: `Brackets nested more than ${MAX_NESTING} levels deep are not parsed: no authoring file needs that, and it is usually corruption.`,
  defaultSeverity: 'warning',
  fixable: false,
  sources: [],
  check(ctx) {
    const text = ctx.file.text;
    if (ctx.file.kind !== 'file' || text.length > MAX_FILE_BYTES || text.slice(0, 8192).includes('\u0000')) return;
    if (nestingDepth(parsedPart(text, detectKind(ctx.file.path) ?? 'file')) > MAX_NESTING) {
      ctx.report({
        range: { offset: 0, length: 0 },
        message: `This file nests brackets more than ${MAX_NESTING} levels deep, so it was not checked; Claude's loaders may fail on it or refuse it.`,
      });
    }
  },
});

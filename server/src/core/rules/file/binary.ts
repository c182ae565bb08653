import { defineRule } from '../define';
import { MAX_FILE_BYTES } from '../../limits';

/** Reported by the pipeline's guards (core/validate.ts) before any parse. */
export default defineRule({
  id: 'file/binary',
  kinds: ['file'],
  description: 'The file contains NUL bytes: it is binary or in a non-UTF-8 encoding that the loaders cannot read.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [],
  check(ctx) {
    if (ctx.file.kind === 'file' && ctx.file.text.length <= MAX_FILE_BYTES && ctx.file.text.slice(0, 8192).includes('\u0000')) {
      ctx.report({
        range: { offset: 0, length: 0 },
        message: 'This file contains NUL bytes (binary or UTF-16), so it was not checked; Claude reads these files as UTF-8 text and will not load it.',
      });
    }
  },
});

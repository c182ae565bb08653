import { defineRule } from '../define';
import { MAX_FILE_BYTES } from '../../limits';

/** Reported by the pipeline's guards (core/validate.ts) before any parse. */
export default defineRule({
  id: 'file/too-large',
  kinds: ['file'],
  description: `Files over ${MAX_FILE_BYTES / 1024 / 1024} MB are not parsed: authoring files this large are almost certainly a mistake.`,
  defaultSeverity: 'warning',
  fixable: false,
  sources: [],
  tags: ['pipeline'],
  check(ctx) {
    if (ctx.file.kind === 'file' && ctx.file.text.length > MAX_FILE_BYTES) {
      ctx.report({
        range: { offset: 0, length: 0 },
        message: `This file is ${(ctx.file.text.length / 1024 / 1024).toFixed(1)} MB, over Plugin Lens's ${MAX_FILE_BYTES / 1024 / 1024} MB limit, so it was not checked. Claude's loaders read such files slowly or not at all.`,
      });
    }
  },
});

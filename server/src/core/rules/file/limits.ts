import { defineRule } from '../define';
import { detectKind } from '../../kinds/detect';
import { MAX_FILE_BYTES, MAX_NESTING, nestingDepth, parsedPart } from '../../limits';

/** Registered for docs and configuration; the pipeline decides when a file is too large or binary. */
export const tooLarge = defineRule({
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

export const binary = defineRule({
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

export const tooDeep = defineRule({
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

export const internalError = defineRule({
  id: 'file/internal-error',
  kinds: [],
  tags: ['pipeline'],
  description: 'A Plugin Lens rule failed on this file; the other rules still ran.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [],
  check() { /* reported by the pipeline */ },
});

import { defineRule, src } from '../define';
import { field, readableFields, reportUploadOrSpec, eolOf, doubleQuoted, lineAt } from './support';
import { propertiesOf, valueOf } from '../../parse/node';
import type { Fix, RuleContext } from '../../types';
import type { Field } from './support';

export default defineRule({
  id: 'skill/version-top-level',
  kinds: ['skill'],
  description: 'A top-level `version` key: no product reads it, and the uploaders refuse it; it belongs in `metadata.version`.',
  defaultSeverity: 'info',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    src('https://code.claude.com/docs/en/skills#using-skill-frontmatter-outside-claude-code', '2026-08-22'),
    src('https://agentskills.io/specification', '2026-08-09', 'metadata example holds version: "1.0"'),
  ],
  check(ctx) {
    const f = field(ctx.file, 'version');
    if (!f) return;
    const fix = moveFix(ctx, f);
    reportUploadOrSpec(ctx, {
      node: f.keyNode,
      uploadMessage: 'Top-level `version` is not an Agent Skills key: the claude.ai / Desktop / Cowork upload and the Skills API refuse the file ("Unexpected key(s) in SKILL.md frontmatter: version"), and Claude Code ignores it. Move it to `metadata.version`.',
      specMessage: 'Top-level `version` is ignored by Claude Code and is not an Agent Skills key (uploads to claude.ai or the Skills API would be refused). Move it to `metadata.version`.',
      fixes: fix ? [fix] : [],
    });
  },
});

/** Removes the `version:` line and adds `version: "<v>"` under `metadata` (creating it if needed). */
function moveFix(ctx: RuleContext, f: Field): Fix | undefined {
  const text = ctx.file.text;
  const fm = ctx.file.frontmatter!;
  const eol = eolOf(text);
  const keyLine = lineAt(text, f.keyNode.offset);
  const valueEnd = f.value.offset + f.value.length;
  if (valueEnd > keyLine.offset + keyLine.text.length || f.value.type === 'object' || f.value.type === 'array') return undefined;
  if (keyLine.text.slice(0, f.keyNode.offset - keyLine.offset).trim() !== '') return undefined;
  const raw = f.value.type === 'null' ? '' : f.value.type === 'string' ? String(f.value.value) : text.slice(f.value.offset, valueEnd);
  const removeLen = keyLine.text.length + (text.startsWith('\r\n', keyLine.offset + keyLine.text.length) ? 2 : 1);
  const edits = [{ offset: keyLine.offset, length: removeLen, newText: '' }];
  const metadata = (readableFields(ctx.file) ?? []).filter((x) => x.key === 'metadata').pop();
  const entry = `version: ${doubleQuoted(raw)}`;
  if (!metadata) {
    edits.push({ offset: fm.contentEnd, length: 0, newText: `metadata:${eol}  ${entry}${eol}` });
  } else if (metadata.value.type === 'object' && text[metadata.value.offset] !== '{') {
    if (valueOf(metadata.value, 'version') === undefined) {
      const first = propertiesOf(metadata.value)[0];
      const indent = first ? lineAt(text, first.offset).text.match(/^[ \t]*/)![0] : '  ';
      const metaLine = lineAt(text, metadata.keyNode.offset);
      const at = metaLine.offset + metaLine.text.length;
      edits.push({ offset: at, length: 0, newText: `${eol}${indent}${entry}` });
    }
  } else if (metadata.value.type === 'null' && lineAt(text, metadata.value.offset).offset === lineAt(text, metadata.keyNode.offset).offset) {
    const metaLine = lineAt(text, metadata.keyNode.offset);
    edits.push({ offset: metaLine.offset + metaLine.text.length, length: 0, newText: `${eol}  ${entry}` });
  } else {
    return undefined;
  }
  return { title: 'Move `version` to `metadata.version`', edits, tier: 'safe', isPreferred: true };
}

/** Shared by the settings rules: the file's scope, byte-exact string renames and fix tiers. */
import type { Edit, Fix, RuleContext } from '../../types';
import type { Node } from '../../parse/node';
import { settingsScopeOf, type SettingsScope } from '../../knowledge/settings-keys';

export function scopeOf(ctx: RuleContext): SettingsScope {
  return settingsScopeOf(ctx.file.path);
}

/** Replace a JSON string node (key or value) with another string, quotes included. */
export function renameString(node: Node, to: string): Edit[] {
  return [{ offset: node.offset, length: node.length, newText: JSON.stringify(to) }];
}

/** A fix that keeps every value the author wrote (a rename to the one clear candidate, an addition). */
export function safeFix(title: string, edits: Edit[]): Fix {
  return { title, edits, isPreferred: true, tier: 'safe' };
}

/** A fix that picks one of two equally valid edits: lightbulb only, never preferred. */
export function suggestionFix(title: string, edits: Edit[]): Fix {
  return { title, edits, tier: 'suggestion' };
}

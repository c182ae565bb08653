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

// Fix tiers (branch `fix`: `Fix.tier`, `RuleMeta.fixTiers`). Written through these helpers so the rules
// carry their tiers whether or not that branch is merged yet; the casts become no-ops once it is.

/** A fix that keeps every value the author wrote (a rename to the one clear candidate, an addition). */
export function safeFix(title: string, edits: Edit[]): Fix {
  return { title, edits, isPreferred: true, tier: 'safe' } as Fix;
}

/** A fix that picks one of two equally valid edits: lightbulb only, never preferred. */
export function suggestionFix(title: string, edits: Edit[]): Fix {
  return { title, edits, tier: 'suggestion' } as Fix;
}

/** Rule metadata: the tiers its fixes have (spread into defineRule). */
export function fixTiers(...tiers: ('safe' | 'suggestion')[]): object {
  return { fixTiers: tiers };
}

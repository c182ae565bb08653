/** Shared by the settings rules: the file's scope and a byte-exact rename of a JSON string. */
import type { Edit, RuleContext } from '../../types';
import type { Node } from '../../parse/node';
import { settingsScopeOf, type SettingsScope } from '../../knowledge/settings-keys';

export function scopeOf(ctx: RuleContext): SettingsScope {
  return settingsScopeOf(ctx.file.path);
}

/** Replace a JSON string node (key or value) with another string, quotes included. */
export function renameString(node: Node, to: string): Edit[] {
  return [{ offset: node.offset, length: node.length, newText: JSON.stringify(to) }];
}

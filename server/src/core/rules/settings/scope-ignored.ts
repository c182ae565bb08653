import { defineRule } from '../define';
import { keyNodeOf, keyOf, propertiesOf } from '../../parse/node';
import { keyAllowedIn, keyScope, SCOPE_FILE, SETTINGS_REF, type KeyScope } from '../../knowledge/settings-keys';
import { scopeOf } from './helpers';

const WHERE: Record<Exclude<KeyScope, 'any'>, string> = {
  managed: 'only from managed settings (managed-settings.json, MDM or server-managed settings)',
  'user-managed': 'only from user settings (~/.claude/settings.json) or managed settings',
  'user-local-managed': 'only from user, local (.claude/settings.local.json) or managed settings, so a repository cannot set it for you',
  'global-config': 'from ~/.claude.json (global config), not from settings files',
};

/** Keys the settings reference scopes to other files: Claude Code ignores them here. */
export default defineRule({
  id: 'settings/scope-ignored',
  kinds: ['settings'],
  description: 'A settings key that Claude Code reads only from other settings files (managed-only, user-only, or ~/.claude.json) is ignored in this one.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [{ ...SETTINGS_REF, note: 'Scope column of the settings index' }],
  check(ctx) {
    if (ctx.file.root?.type !== 'object') return;
    const scope = scopeOf(ctx);
    for (const prop of propertiesOf(ctx.file.root)) {
      const key = keyOf(prop);
      const allowed = keyScope(key);
      if (!allowed || allowed === 'any' || keyAllowedIn(allowed, scope)) continue;
      ctx.report({
        node: keyNodeOf(prop),
        message: `Claude Code ignores "${key}" in ${SCOPE_FILE[scope]}: it reads this key ${WHERE[allowed]}.`,
        data: { key, scope, allowed },
      });
    }
  },
});

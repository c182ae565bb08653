import { defineRule } from '../define';
import { keyNodeOf, keyOf, propertiesOf, valueOf } from '../../parse/node';
import { ENV_IGNORED_EVERYWHERE, ENV_USER_OR_MANAGED_ONLY, SCOPE_FILE, SETTINGS_REF } from '../../knowledge/settings-keys';
import { scopeOf } from './helpers';

/** `env` variables Claude Code does not take from this settings file. */
export default defineRule({
  id: 'settings/env-ignored',
  kinds: ['settings'],
  description: 'An env variable Claude Code ignores in this settings file (hosting-owned or self-exported variables, or ones only user and managed settings may set).',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [{ ...SETTINGS_REF, note: 'env § Variables Claude Code ignores in env' }],
  check(ctx) {
    const scope = scopeOf(ctx);
    for (const prop of propertiesOf(valueOf(ctx.file.root, 'env'))) {
      const name = keyOf(prop);
      const why = Object.hasOwn(ENV_IGNORED_EVERYWHERE, name) ? ENV_IGNORED_EVERYWHERE[name] : undefined;
      if (why) {
        ctx.report({ node: keyNodeOf(prop), message: `Claude Code ignores ${name} from every settings file (${why}), so this value is never set.` });
      } else if (ENV_USER_OR_MANAGED_ONLY.includes(name) && (scope === 'project' || scope === 'local')) {
        ctx.report({ node: keyNodeOf(prop), message: `Claude Code ignores ${name} in ${SCOPE_FILE[scope]}: only user or managed settings can set it.` });
      }
    }
  },
});

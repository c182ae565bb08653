/** The plugin rules. Add each new rule file here. */
import type { Rule } from '../../types';

export const PLUGIN_RULES: Rule[] = [];

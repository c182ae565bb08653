/** The config rules. Add each new rule file here. */
import type { Rule } from '../../types';

export const CONFIG_RULES: Rule[] = [];

/** The hooks rules. Add each new rule file here. */
import type { Rule } from '../../types';

export const HOOKS_RULES: Rule[] = [];

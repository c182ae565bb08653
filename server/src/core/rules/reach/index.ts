/** The reach rules. Add each new rule file here. */
import type { Rule } from '../../types';

export const REACH_RULES: Rule[] = [];

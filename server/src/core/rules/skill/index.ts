/** The skill rules. Add each new rule file here. */
import type { Rule } from '../../types';

export const SKILL_RULES: Rule[] = [];

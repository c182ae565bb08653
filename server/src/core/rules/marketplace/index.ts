/** The marketplace rules. Add each new rule file here. */
import type { Rule } from '../../types';

export const MARKETPLACE_RULES: Rule[] = [];

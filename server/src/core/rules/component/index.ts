/** The component rules. Add each new rule file here. */
import type { Rule } from '../../types';

export const COMPONENT_RULES: Rule[] = [];

/** The config rules. Add each new rule file here. */
import type { Rule } from '../../types';
import unknownRule from './unknown-rule';

export const CONFIG_RULES: Rule[] = [unknownRule];

/** The config rules. Add each new rule file here. */
import type { Rule } from '../../types';
import unknownRule from './unknown-rule';
import channelsRenamed from './channels-renamed';

export const CONFIG_RULES: Rule[] = [unknownRule, channelsRenamed];

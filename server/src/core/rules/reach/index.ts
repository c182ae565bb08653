/** The reach rules. Add each new rule file here. */
import type { Rule } from '../../types';
import blockedByContent from './blocked-by-content';
import channelNotOnTarget from './channel-not-on-target';
import uncertainOnTarget from './uncertain-on-target';

export const REACH_RULES: Rule[] = [blockedByContent, channelNotOnTarget, uncertainOnTarget];

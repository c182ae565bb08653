/** Rules that apply to every file kind. */
import type { Rule } from '../../types';
import invalidJson from './invalid-json';
import { tooLarge, binary, tooDeep, internalError } from './limits';

export const FILE_RULES: Rule[] = [invalidJson, tooLarge, binary, tooDeep, internalError];

/** Rules that apply to every file kind. */
import type { Rule } from '../../types';
import invalidJson from './invalid-json';
import tooLarge from './too-large';
import binary from './binary';
import tooDeep from './too-deeply-nested';
import internalError from './internal-error';

export const FILE_RULES: Rule[] = [invalidJson, tooLarge, binary, tooDeep, internalError];

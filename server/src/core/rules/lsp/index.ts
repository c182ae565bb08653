/** The lsp rules. Add each new rule file here. */
import type { Rule } from '../../types';

export const LSP_RULES: Rule[] = [];

/** The mcp rules. Add each new rule file here. */
import type { Rule } from '../../types';

export const MCP_RULES: Rule[] = [];

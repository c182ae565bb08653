/** Semantic rules for MCPB bundle manifests (structure is in schemas/mcpb-manifest.schema.json). */
import type { Rule } from '../../types';
import undeclaredUserConfig from './undeclared-user-config';

export const MCPB_RULES: Rule[] = [undeclaredUserConfig];

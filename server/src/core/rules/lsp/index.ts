/** The lsp rules (.lsp.json beyond its schema). */
import type { Rule } from '../../types';
import duplicateExtension from './duplicate-extension';
import socketTransport from './socket-transport';

export const LSP_RULES: Rule[] = [duplicateExtension, socketTransport];

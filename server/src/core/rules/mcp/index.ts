/** The mcp rules. Add each new rule file here. */
import type { Rule } from '../../types';
import urlWithoutType from './url-without-type';
import transportAlias from './transport-alias';
import ignoredKey from './ignored-key';
import vscodeServersKey from './vscode-servers-key';
import variableSyntax from './variable-syntax';
import variableScope from './variable-scope';
import desktopRemoteServer from './desktop-remote-server';
import desktopRelativePath from './desktop-relative-path';
import windowsCommand from './windows-command';
import backslashEscape from './backslash-escape';
import plaintextSecret from './plaintext-secret';
import insecureUrl from './insecure-url';
import serverName from './server-name';
import oauthSettings from './oauth-settings';
import headersHelper from './headers-helper';
import emptyUrl from './empty-url';
import duplicateServer from './duplicate-server';
import claudeShapeInVscode from './claude-shape-in-vscode';
import allowlistDeadName from './allowlist-dead-name';

export const MCP_RULES: Rule[] = [
  claudeShapeInVscode, allowlistDeadName,
  urlWithoutType, transportAlias, ignoredKey, vscodeServersKey, variableSyntax, variableScope, desktopRemoteServer,
  desktopRelativePath, windowsCommand, backslashEscape, plaintextSecret, insecureUrl, serverName, oauthSettings,
  headersHelper, emptyUrl, duplicateServer,
];

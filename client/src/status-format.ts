/**
 * Status bar text and tooltip from the server's `pluginLens/status` plus the client's own state.
 * vscode-free (unit-tested).
 */
import type { StatusResult } from '../../server/src/protocol';
import { findingsText } from './views/reach-format';

/** The client's view of the server process. */
export type ClientPhase = 'starting' | 'running' | 'stopped';

export interface StatusView {
  /** Status bar text with codicons. */
  text: string;
  /** Markdown. */
  tooltip: string;
  /** 'error' | 'warning' background, or undefined. */
  background?: 'error' | 'warning';
}

export function formatStatus(phase: ClientPhase, status: StatusResult | undefined): StatusView {
  if (phase === 'stopped') {
    return { text: '$(circle-slash) Plugin Lens', tooltip: '**Plugin Lens**: server stopped. Click for options (restart, output).', background: 'error' };
  }
  if (phase === 'starting' || !status) {
    return { text: '$(loading~spin) Plugin Lens', tooltip: '**Plugin Lens**: starting the language server…' };
  }
  const f = status.findings;
  const lines = [`**Plugin Lens** ${status.serverVersion ? `${status.serverVersion} ` : ''}— ${stateWord(status.state)}`, ''];
  lines.push(`${status.files} file${status.files === 1 ? '' : 's'} checked · ${findingsText(f) || 'no problems'}`);
  lines.push('', `${status.ruleCount} rules · reach knowledge as of ${status.knowledgeAsOf || 'unknown'}`);
  if (status.configProblems.length) {
    lines.push('', 'Configuration problems:', ...status.configProblems.map((p) => `- ${p.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)}`));
  }
  if (status.message) lines.push('', status.message);
  lines.push('', 'Click for the output, the rule list and the reach matrix.');
  const tooltip = lines.join('\n');
  switch (status.state) {
    case 'disabled': return { text: '$(circle-slash) Plugin Lens', tooltip };
    case 'error': return { text: '$(error) Plugin Lens', tooltip, background: 'error' };
    case 'starting':
    case 'scanning': return { text: `$(sync~spin) Plugin Lens${counts(f.errors, f.warnings)}`, tooltip };
    default: return {
      text: `${f.errors || f.warnings ? '$(telescope)' : '$(check)'} Plugin Lens${counts(f.errors, f.warnings)}`,
      tooltip,
      background: status.configProblems.length ? 'warning' : undefined,
    };
  }
}

function counts(errors: number, warnings: number): string {
  return (errors ? ` $(error) ${errors}` : '') + (warnings ? ` $(warning) ${warnings}` : '');
}

function stateWord(state: StatusResult['state']): string {
  return { starting: 'starting', scanning: 'scanning the workspace…', ready: 'ready', disabled: 'disabled (pluginLens.enable is false)', error: 'error' }[state];
}

/** `plugin-lens --help` and `plugin-lens <command> --help`, rendered from the command table. */
import { COMMANDS, EXIT_STATUS, SURFACE_LIST, type CommandSpec, type OptionSpec } from './commands';
import { wrap, type Style } from './style';
import { TOOL_VERSION } from './version';

function optionLabel(o: OptionSpec): string {
  return `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.arg ? ` ${o.arg}` : ''}`;
}

/** Two columns: the label, then its text wrapped under itself. */
function columns(rows: Array<[string, string]>, style: Style, indent = 2): string[] {
  const w = Math.min(44, Math.max(...rows.map(([a]) => a.length)));
  const textWidth = style.width - indent - w - 2;
  const lines: string[] = [];
  for (const [label, text] of rows) {
    const wrapped = wrap(text, textWidth);
    if (label.length > w) {
      lines.push(' '.repeat(indent) + label);
      for (const l of wrapped) lines.push(' '.repeat(indent + w + 2) + l);
      continue;
    }
    lines.push(' '.repeat(indent) + label.padEnd(w) + '  ' + wrapped[0]);
    for (const l of wrapped.slice(1)) lines.push(' '.repeat(indent + w + 2) + l);
  }
  return lines;
}

function paragraph(text: string, style: Style, indent = 0): string[] {
  return wrap(text, style.width - indent).map((l) => ' '.repeat(indent) + l);
}

export function mainHelp(style: Style): string {
  const lines = [
    ...paragraph(`plugin-lens ${TOOL_VERSION} — checks Claude plugins, skills, hooks and MCP configs as the loaders read them.`, style),
    '',
    `${style.bold('Usage:')} plugin-lens <command> [options]`,
    '',
    style.bold('Commands:'),
    ...columns([...COMMANDS.map((c): [string, string] => [c.name, c.summary]), ['help [command]', 'Show this help, or a command\'s.']], style),
    '',
    style.bold('Options:'),
    ...columns([['-h, --help', 'Show help.'], ['-v, --version', 'Print the version.']], style),
    '',
    style.bold('Examples:'),
    ...columns([
      ['plugin-lens check', 'Check the current folder.'],
      ['plugin-lens check --help', 'The options of check.'],
      ['plugin-lens explain skill/name-format', 'Why a finding is reported and how to fix it.'],
    ], style),
    '',
    ...paragraph(EXIT_STATUS, style),
  ];
  return lines.join('\n') + '\n';
}

export function commandHelp(spec: CommandSpec, style: Style): string {
  const lines = [`${style.bold('Usage:')} ${spec.usage}`, '', ...paragraph(spec.summary, style)];
  for (const d of spec.description) lines.push('', ...paragraph(d, style));
  lines.push('', style.bold('Options:'), ...columns(spec.options.map((o) => [optionLabel(o), o.help + (o.default ? ` Default: ${o.default}.` : '')]), style));
  if (spec.options.some((o) => o.name === 'target')) lines.push('', ...paragraph(SURFACE_LIST + '.', style));
  lines.push('', style.bold('Examples:'));
  for (const [cmd, what] of spec.examples) lines.push(`  ${cmd}`, ...paragraph(what, style, 6));
  if (spec.name === 'check') lines.push('', ...paragraph(EXIT_STATUS, style));
  return lines.join('\n') + '\n';
}

#!/usr/bin/env node
/** `plugin-lens` command line: a thin adapter over the core. Exit codes: 0 ok, 1 findings, 2 usage/internal. */
import * as fs from 'fs';
import { isUsageError, parseCheckArgs, parseCommand, UsageError } from './cli/args';
import { COMMANDS, command } from './cli/commands';
import { commandHelp, mainHelp } from './cli/help';
import { runCheck } from './cli/check';
import { lazy } from './cli/lazy-load';
import { TOOL_VERSION } from './cli/version';
import { styleFor } from './cli/style';
import { didYouMean } from './core/suggest';

const COMMAND_NAMES = [...COMMANDS.map((c) => c.name), 'help'];

function main(argv: string[]): void {
  const [name, ...rest] = argv;
  const out = (text: string | Uint8Array) => process.stdout.write(text);
  const style = (flag?: boolean) => styleFor(process.stdout, process.env, flag);
  try {
    switch (name) {
      case 'check': {
        const opts = parseCheckArgs(rest);
        if (opts.help) return void out(commandHelp(command('check')!, style(opts.color)));
        const outcome = runCheck(opts, process.cwd(), { style: style(opts.color), readStdin: () => fs.readFileSync(0, 'utf8') });
        out(outcome.printed ?? outcome.output);
        if (outcome.stderr) process.stderr.write(outcome.stderr);
        process.exitCode = outcome.exitCode;
        return;
      }
      case 'reach': {
        if (rest.includes('--help') || rest.includes('-h')) return void out(commandHelp(command('reach')!, style()));
        const outcome = lazy().runReachCommand(rest, process.cwd());
        out(outcome.output);
        if (outcome.stderr) process.stderr.write(outcome.stderr);
        process.exitCode = outcome.exitCode;
        return;
      }
      case 'routes': {
        if (rest.includes('--help') || rest.includes('-h')) return void out(commandHelp(command('routes')!, style()));
        const outcome = lazy().runRoutesCommand(rest, process.cwd());
        for (const chunk of outcome.output) out(chunk);
        if (outcome.stderr) process.stderr.write(outcome.stderr);
        process.exitCode = outcome.exitCode;
        return;
      }
      case 'rules': {
        const { values, help, color } = parseCommand('rules', rest);
        if (help) return void out(commandHelp(command('rules')!, style(color)));
        out(lazy().rulesCatalog(String(values.format), style(color)));
        return;
      }
      case 'explain': {
        const { positionals, help, color } = parseCommand('explain', rest);
        if (help) return void out(commandHelp(command('explain')!, style(color)));
        if (positionals.length > 1) throw new UsageError('explain takes one rule id.', 'explain');
        out(lazy().explain(positionals[0], style(color)));
        return;
      }
      case '--version': case '-v':
        out(`${TOOL_VERSION}\n`);
        return;
      case 'help': {
        const spec = rest[0] ? command(rest[0]) : undefined;
        if (rest[0] && !spec) throw new UsageError(unknownCommand(rest[0]));
        out(spec ? commandHelp(spec, style()) : mainHelp(style()));
        return;
      }
      case undefined: case '--help': case '-h':
        out(mainHelp(style()));
        if (name === undefined) process.exitCode = 2;
        return;
      default:
        throw new UsageError(unknownCommand(name));
    }
  } catch (e) {
    if (isUsageError(e)) {
      const where = e.command ? `plugin-lens ${e.command}` : 'plugin-lens';
      process.stderr.write(`${where}: ${e.message}\nRun "${where} --help" for usage.\n`);
    } else process.stderr.write(`plugin-lens: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  }
}

function unknownCommand(name: string): string {
  const hint = name.startsWith('-') ? didYouMean(name, ['--help', '--version']) : didYouMean(name, COMMAND_NAMES);
  return `unknown ${name.startsWith('-') ? 'option' : 'command'} "${name}".${hint || ` Commands: ${COMMAND_NAMES.join(', ')}.`}`;
}

// `plugin-lens rules | head`: the reader closing the pipe is not an error of ours; stop writing quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.stdout.destroy();
});

main(process.argv.slice(2));

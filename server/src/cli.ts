#!/usr/bin/env node
/** `plugin-lens` command line: a thin adapter over the core. Exit codes: 0 ok, 1 findings, 2 usage/internal. */
import { parseCheckArgs, parse, UsageError, USAGE } from './cli/args';
import { runCheck } from './cli/check';
import { rulesCatalog, explain } from './cli/rules-command';
import { runReachCommand } from './cli/reach-command';
import { TOOL_VERSION } from './cli/version';

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check': {
        const outcome = runCheck(parseCheckArgs(rest), process.cwd());
        process.stdout.write(outcome.output);
        if (outcome.stderr) process.stderr.write(outcome.stderr);
        process.exitCode = outcome.exitCode;
        return;
      }
      case 'reach': {
        const outcome = runReachCommand(rest, process.cwd());
        process.stdout.write(outcome.output);
        if (outcome.stderr) process.stderr.write(outcome.stderr);
        process.exitCode = outcome.exitCode;
        return;
      }
      case 'rules': {
        const { values } = parse(rest, { format: { type: 'string', default: 'markdown' } });
        process.stdout.write(rulesCatalog(String(values.format)));
        return;
      }
      case 'explain':
        process.stdout.write(explain(rest[0]));
        return;
      case '--version': case '-v':
        process.stdout.write(`${TOOL_VERSION}\n`);
        return;
      case undefined: case 'help': case '--help': case '-h':
        process.stdout.write(USAGE + '\n');
        if (command === undefined) process.exitCode = 2;
        return;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) process.stderr.write(`plugin-lens: ${e.message}\n\n${USAGE}\n`);
    else process.stderr.write(`plugin-lens: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  }
}

main(process.argv.slice(2));

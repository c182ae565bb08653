/** Command-line parsing for `plugin-lens` (node's util.parseArgs: no hand-written option parser). */
import { parseArgs } from 'util';
import { isSurfaceId, type SurfaceId } from '../core/surfaces';

export class UsageError extends Error {}

export interface CheckOptions {
  paths: string[];
  format: 'text' | 'json' | 'sarif' | 'github';
  targets?: SurfaceId[];
  config?: string;
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
}

export const USAGE = `Usage:
  plugin-lens check [paths...] [--format text|json|sarif|github] [--target <id,...>] [--config <file>]
                    [--max-warnings <n>] [--quiet] [--fix | --fix-dry-run]
  plugin-lens reach [paths...] [--format table|json|markdown] [--target <id,...>] [--config <file>]
  plugin-lens rules [--format json|markdown]
  plugin-lens explain <rule-id>

Surface ids: claude-ai-web, claude-desktop-chat, claude-mobile, cowork, claude-code-cli,
  claude-code-desktop, claude-code-ide, claude-code-cloud, claude-api, agent-sdk
Exit status: 0 no errors (and warnings <= --max-warnings), 1 otherwise, 2 usage or internal error.`;

export function parseCheckArgs(argv: string[]): CheckOptions {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', default: 'text' },
    target: { type: 'string', multiple: true },
    config: { type: 'string' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    fix: { type: 'boolean', default: false },
    'fix-dry-run': { type: 'boolean', default: false },
  });
  const format = String(values.format);
  if (!['text', 'json', 'sarif', 'github'].includes(format)) throw new UsageError(`--format must be text, json, sarif or github (got "${format}")`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('--max-warnings takes a whole number');
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  return {
    paths: positionals.length ? positionals : ['.'],
    format: format as CheckOptions['format'],
    targets: parseTargets(values.target as string[] | undefined),
    config: values.config as string | undefined,
    maxWarnings,
    quiet: Boolean(values.quiet),
    fix: Boolean(values.fix),
    fixDryRun: Boolean(values['fix-dry-run']),
  };
}

export function parseTargets(raw: string[] | undefined): SurfaceId[] | undefined {
  if (!raw?.length) return undefined;
  const ids = raw.flatMap((r) => r.split(',')).map((s) => s.trim()).filter(Boolean);
  for (const id of ids) if (!isSurfaceId(id)) throw new UsageError(`--target: "${id}" is not a surface id`);
  return ids as SurfaceId[];
}

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

export function parse<const T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true } as const);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

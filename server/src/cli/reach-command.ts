/** `plugin-lens reach`: placeholder until the reach engine lands (issue: the reach engine). */
import { UsageError } from './args';

export function runReachCommand(_argv: string[], _cwd: string): { output: string; stderr: string; exitCode: number } {
  throw new UsageError('reach is not available in this build yet');
}

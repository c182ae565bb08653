import { defineRule } from '../define';

/** Registered for docs and configuration: the pipeline reports a rule that threw. */
export default defineRule({
  id: 'file/internal-error',
  kinds: [],
  tags: ['pipeline'],
  description: 'A Plugin Lens rule failed on this file; the other rules still ran.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [],
  check() { /* reported by the pipeline */ },
});

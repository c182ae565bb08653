/**
 * Work written as a generator (one step per yield) so a host can spread it over time slices: the server
 * drives the steps between requests, everything else runs them to the end at once with `drainSteps`.
 */
export function drainSteps<T>(steps: Iterator<unknown, T>): T {
  for (;;) { const s = steps.next(); if (s.done) return s.value; }
}

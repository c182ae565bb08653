// Preloaded with `node -r` by the benchmark: counts garbage collections and their pause time (by kind)
// and the bytes allocated, and prints them to stderr at exit (stdout stays the program's: LSP, JSON).
const { PerformanceObserver, constants } = require('node:perf_hooks');
const v8 = require('node:v8');
const KIND = { [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor', [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak' };
const stats = { count: 0, ms: 0, maxMs: 0, major: 0, majorMs: 0 };
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    stats.count++; stats.ms += e.duration; stats.maxMs = Math.max(stats.maxMs, e.duration);
    const kind = KIND[e.detail?.kind ?? e.kind];
    if (kind === 'major') { stats.major++; stats.majorMs += e.duration; }
  }
});
obs.observe({ entryTypes: ['gc'] });
const report = () => {
  if (typeof global.gc === 'function') global.gc();
  const h = v8.getHeapStatistics();
  process.stderr.write(`\nGC_STATS=${JSON.stringify({ ...stats, peakHeapMb: h.total_heap_size / 2 ** 20, usedHeapMb: h.used_heap_size / 2 ** 20, mallocedPeakMb: h.peak_malloced_memory / 2 ** 20, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
};
process.on('exit', report);
process.on('SIGUSR2', report);

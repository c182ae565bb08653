// Measurements printed at the end of the suite (activation, server start, server memory). Not assertions:
// they are reported so the README can quote them.
import * as fs from 'fs';

// esbuild bundles each *.e2e.ts and index.ts separately, so module state is not shared: keep it global.
const store = globalThis as { __pluginLensE2eMetrics?: Array<[string, string]> };
const metrics: Array<[string, string]> = (store.__pluginLensE2eMetrics ??= []);

export function recordMetric(name: string, value: string): void {
  metrics.push([name, value]);
}

export function printMetrics(): void {
  if (!metrics.length) return;
  console.log('  metrics:');
  for (const [k, v] of metrics) console.log(`    ${k}: ${v}`);
}

/** Child processes of this extension host whose command line contains `needle` (Linux /proc only). */
export function childProcesses(needle: string): Array<{ pid: number; cmd: string }> {
  if (process.platform !== 'linux') return [];
  const out: Array<{ pid: number; cmd: string }> = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid (the command name in field 2 may contain spaces).
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ');
      if (cmd.includes(needle)) out.push({ pid: Number(name), cmd });
    } catch { /* the process exited meanwhile */ }
  }
  return out;
}

/** Resident set size in MB from /proc/<pid>/status, or undefined. */
export function rssMb(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * VS Code's extension-host performance marks for one extension (epoch ms): code/extHost/{will,did}LoadExtensionCode/<id>
 * and {will,did}ActivateExtension/<id>, kept in globalThis.MonacoPerformanceMarks (not API; absent fields if renamed).
 */
export function extensionMarks(id: string): { willLoad?: number; didLoad?: number; willActivate?: number; didActivate?: number } {
  const store = (globalThis as { MonacoPerformanceMarks?: { getMarks?: () => Array<{ name: string; startTime: number }> } }).MonacoPerformanceMarks;
  const marks = store?.getMarks?.() ?? [];
  const at = (what: string) => marks.find(x => x.name === `code/extHost/${what}/${id}`)?.startTime;
  return { willLoad: at('willLoadExtensionCode'), didLoad: at('didLoadExtensionCode'), willActivate: at('willActivateExtension'), didActivate: at('didActivateExtension') };
}

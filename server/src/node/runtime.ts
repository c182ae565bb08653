/** The Node implementation of the server runtime: NodeWorkspace with overlays, fs reads, the CLI's scan. */
import { promises as fsp } from 'fs';
import type { ServerRuntime } from '../lsp/runtime';
import { NodeWorkspace, readWithBom } from './node-workspace';
import { scanSteps, toPosix } from './scan';
import { TOOL_VERSION } from '../cli/version';

export const nodeRuntime: ServerRuntime = {
  createWorkspace(root, overlays) {
    return new NodeWorkspace(root, overlays);
  },
  forget(ws, path) {
    if (ws instanceof NodeWorkspace) ws.invalidate(path);
  },
  async readFile(p) {
    try {
      const text = await fsp.readFile(p, 'utf8');
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
      return undefined;
    }
  },
  readForValidation: (p, ws) => (ws instanceof NodeWorkspace ? ws.readWithBom(p) : readWithBom(p)),
  *findKnownFiles(root, ws) {
    const scan = yield* scanSteps([root], ws instanceof NodeWorkspace ? ws : undefined);
    return scan.files.map(toPosix);
  },
  releaseTexts(ws) {
    if (ws instanceof NodeWorkspace) ws.releaseTexts((p) => !p.endsWith('.json'));
  },
  yieldNow: () => new Promise<void>((resolve) => setImmediate(resolve)),
  serverVersion: TOOL_VERSION,
  traceSlicesOverMs: process.env.PLUGIN_LENS_TRACE_SLICES ? Number(process.env.PLUGIN_LENS_TRACE_SLICES) : undefined,
};

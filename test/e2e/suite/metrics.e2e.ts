// Runs last (files are sorted): the language server's memory with the whole e2e workspace open and
// validated, then a timed server restart that must bring the diagnostics back.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { loadExpectations, openFixture, waitForRules, activeApi } from './helpers';
import { childProcesses, recordMetric, rssMb } from './metrics';

const exp = loadExpectations();

describe('Plugin Lens resources', () => {
  it('reports the server RSS and survives a timed restart', async () => {
    const api = await activeApi(exp.extensionId);
    const status = api.status().status;
    const servers = childProcesses('dist/server.js');
    if (process.platform === 'linux') assert.strictEqual(servers.length, 1, `expected one server child process, got ${JSON.stringify(servers)}`);
    for (const s of servers) recordMetric(`server RSS (pid ${s.pid}, ${status?.files ?? '?'} files validated)`, `${rssMb(s.pid)} MB`);
    recordMetric('extension host RSS', `${Math.round(process.memoryUsage().rss / 1048576)} MB`);

    const t0 = Date.now();
    await vscode.commands.executeCommand('pluginLens.restartServer');
    await api.ready;
    const f = exp.files[exp.files.length - 1];
    const doc = await openFixture(f.path);
    await waitForRules(doc.uri, exp.source, f.rules);
    recordMetric('server restart to diagnostics', `${Date.now() - t0} ms`);
    assert.strictEqual(api.status().phase, 'running');
    const after = childProcesses('dist/server.js');
    if (process.platform === 'linux') {
      assert.strictEqual(after.length, 1, `expected one server after the restart, got ${JSON.stringify(after)}`);
      assert.notStrictEqual(after[0].pid, servers[0].pid, 'the restart kept the old server process');
    }
  });
});

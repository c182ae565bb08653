/** The client's requests with partial results: the chunks, then the response's own items, as one answer. */
import { strict as assert } from 'assert';
import type { ProgressType, RequestType } from 'vscode-languageserver-protocol';
import { requestWithPartialResults, type PartialResultClient } from '../../client/src/partial-results';
import { ListItemsPartialResult, ListItemsRequest, type ListItemsResult, type WorkspaceItem } from '../../server/src/protocol';

const item = (uri: string, id = uri): WorkspaceItem => ({ id, kind: 'skill', name: id, uri, findings: { errors: 0, warnings: 0, infos: 0, hints: 0 } });

/** A connection whose server sends `chunks` to the request's token, then answers `response` (or fails). */
function fakeClient(chunks: WorkspaceItem[][], response: ListItemsResult | Error) {
  const handlers = new Map<string | number, (v: unknown) => void>();
  const sent: unknown[] = [];
  const client: PartialResultClient = {
    onProgress<P>(_type: ProgressType<P>, token: string | number, handler: (value: P) => void) {
      handlers.set(token, handler as (v: unknown) => void);
      return { dispose: () => { handlers.delete(token); } };
    },
    async sendRequest<P, R, E>(_type: RequestType<P, R, E>, params: P): Promise<R> {
      sent.push(params);
      const token = (params as { partialResultToken?: string }).partialResultToken!;
      for (const chunk of chunks) handlers.get(token)?.(chunk);
      if (response instanceof Error) throw response;
      return response as R;
    },
  };
  return { client, sent, handlers };
}

describe('client requestWithPartialResults', () => {
  it('joins the chunks in order, then the response\'s items, and keeps the response\'s other fields', async () => {
    const { client, sent, handlers } = fakeClient([[item('a'), item('b')], [item('c')]], { items: [item('d')], scanning: true });
    const answer = await requestWithPartialResults(client, ListItemsRequest, ListItemsPartialResult, { cells: 'status' });
    assert.deepEqual(answer, { items: [item('a'), item('b'), item('c'), item('d')], scanning: true });
    const params = sent[0] as { cells: string; partialResultToken: string };
    assert.equal(params.cells, 'status');
    assert.equal(typeof params.partialResultToken, 'string');
    assert.equal(handlers.size, 0, 'the progress handler is disposed');
  });

  it('gives each request its own token', async () => {
    const { client, sent } = fakeClient([], { items: [], scanning: false });
    await requestWithPartialResults(client, ListItemsRequest, ListItemsPartialResult, {});
    await requestWithPartialResults(client, ListItemsRequest, ListItemsPartialResult, {});
    const tokens = sent.map((p) => (p as { partialResultToken: string }).partialResultToken);
    assert.notEqual(tokens[0], tokens[1]);
  });

  it('disposes the progress handler when the request fails, and fails with it', async () => {
    const { client, handlers } = fakeClient([[item('a')]], new Error('server gone'));
    await assert.rejects(requestWithPartialResults(client, ListItemsRequest, ListItemsPartialResult, {}), /server gone/);
    assert.equal(handlers.size, 0);
  });
});

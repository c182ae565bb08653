/**
 * A workspace-wide request with LSP partial results (ListItemsParams.partialResultToken): the items
 * the server sends in `$/progress` chunks, then the response's own, as one answer. The chunks all
 * arrive before the response (one connection, in order). No VS Code API (unit-tested).
 */
import type { PartialResultParams, ProgressType, RequestType } from 'vscode-languageserver-protocol';

/** What of a LanguageClient this needs. */
export interface PartialResultClient {
  onProgress<P>(type: ProgressType<P>, token: string | number, handler: (value: P) => void): { dispose(): void };
  sendRequest<P, R, E>(type: RequestType<P, R, E>, params: P): Promise<R>;
}

let lastToken = 0;

export async function requestWithPartialResults<P extends PartialResultParams, I, R extends { items: I[] }>(
  client: PartialResultClient, type: RequestType<P, R, void>, partial: ProgressType<I[]>, params: P,
): Promise<R> {
  const token = `plugin-lens/partial-result/${++lastToken}`;
  const items: I[] = [];
  const subscription = client.onProgress(partial, token, (chunk) => { for (const item of chunk) items.push(item); });
  try {
    const answer = await client.sendRequest(type, { ...params, partialResultToken: token });
    for (const item of answer.items) items.push(item);
    return { ...answer, items };
  } finally {
    subscription.dispose();
  }
}

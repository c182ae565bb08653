/**
 * LSP partial results for the workspace-wide answers (`listItems`, `routes`): with a
 * `partialResultToken`, the items go out in `$/progress` chunks and the response carries none. A whole
 * answer on 20,000 files is tens of MB; as one message its encoding blocked the server (and its decoding
 * the client) for up to a second, and a hover sent meanwhile was answered after it.
 */
import type { Connection } from 'vscode-languageserver';
import type { ProgressToken, ProgressType } from 'vscode-languageserver-protocol';

/** Items per notification: ~250 KB of status-only sidebar items, a few ms to encode. */
export const PARTIAL_RESULT_ITEMS = 200;

/**
 * Sends `items` as partial results when the request has a token: each chunk once the previous one was
 * written, with a time-slice pause between (requests that came meanwhile are answered). Returns the
 * response's items: all of them without a token, else none.
 */
export async function sendPartialResults<I>(
  connection: Pick<Connection, 'sendProgress'>, type: ProgressType<I[]>, token: ProgressToken | undefined,
  items: I[], pause: () => Promise<unknown>,
): Promise<I[]> {
  if (token === undefined) return items;
  for (let i = 0; i < items.length; i += PARTIAL_RESULT_ITEMS) {
    await connection.sendProgress(type, token, items.slice(i, i + PARTIAL_RESULT_ITEMS));
    await pause();
  }
  return [];
}

/**
 * Entry of dist/server.js: an LSP connection over stdio (`--stdio`), node-ipc (`--node-ipc`) or a socket
 * (`--socket=N`), as chosen by vscode-languageserver from argv.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { nodeRuntime } from './runtime';

const connection = createConnection(ProposedFeatures.all);
// Keep stdout for the protocol: route stray console output to the client's log.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${(e as Error)?.stack ?? e}`));
startServer(connection, nodeRuntime);

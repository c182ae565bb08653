// Lint: typescript-eslint recommended, plus the fence that keeps server/src/core pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const forbidden = ['vscode', 'vscode-languageserver', 'vscode-languageserver/node', 'fs', 'fs/promises', 'net', 'http', 'https',
  'http2', 'child_process', 'dgram', 'tls', 'worker_threads'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'test/e2e/host/**', '**/out/**', 'test/conformance/oracle/**', '.cache/**', 'test/fixtures/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'readonly', __dirname: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', fetch: 'readonly', setImmediate: 'readonly', AbortController: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: forbidden.flatMap((name) => [{ name, message: 'server/src/core is pure: inject it through Workspace instead.' }, { name: `node:${name}`, message: 'server/src/core is pure.' }]),
      }],
    },
  },
);

// Flat ESLint config: typescript-eslint's recommended rules, plus import bans that keep the
// analysis pure (no editor, protocol or Node built-ins) and the server off the network.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const NETWORK_MODULES = ['net', 'http', 'https', 'http2', 'dgram', 'tls', 'dns', 'undici'].flatMap((m) => [m, `node:${m}`]);
const NODE_BUILTINS = ['fs', 'fs/promises', 'child_process', 'os', 'worker_threads', 'process', 'vm', 'cluster', 'readline', 'stream', 'zlib', 'crypto', 'url', 'util']
  .flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  { ignores: ['**/out/**', '**/dist/**', 'node_modules/**', '.vscode-test/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: NETWORK_MODULES.map((name) => ({ name, message: 'News Annotator never opens a connection.' })) }],
    },
  },
  {
    // The analysis reads untrusted text of any size: no regular expression may backtrack
    // super-linearly (the adversarial-input tests in server/src/test/linear.test.ts time the rest).
    files: ['server/src/analysis/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'no-restricted-imports': ['error', {
        paths: [...NETWORK_MODULES, ...NODE_BUILTINS].map((name) => ({ name, message: 'The analysis library is pure: the host hands it what it needs.' })),
        patterns: [{ group: ['vscode', 'vscode-*', 'vscode-languageserver*'], message: 'The analysis library knows nothing of LSP or VS Code.' }],
      }],
    },
  },
  {
    // The client's pure pieces run under mocha without VS Code: types only from the editor API and
    // the wire contract (protocol.ts pulls in the LSP libraries at run time).
    files: ['client/src/{annotationStore,claimsTableHtml,decorationPlan,decorationStyles,exportPaths,palette,spanOffsets,statusText}.ts', 'client/src/test/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: NETWORK_MODULES.map((name) => ({ name, message: 'News Annotator never opens a connection.' })),
        patterns: [{ group: ['vscode', 'vscode-*', '**/protocol'], allowTypeImports: true, message: 'Pure client modules import only types from VS Code and the protocol.' }],
      }],
    },
  },
);

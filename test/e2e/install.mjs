#!/usr/bin/env node
// Installs the e2e test host (Node 24 + code-server) into its cache folder, or reuses it.
//   node test/e2e/install.mjs      (NEWS_ANNOTATOR_E2E_CACHE picks the folder; default .vscode-test/)
import { ensureCodeServer } from './harness/codeServer.mjs';

const started = Date.now();
ensureCodeServer();
console.log(`[e2e] code-server ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);

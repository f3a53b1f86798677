// Entry point the extension host loads (`extensionTestsPath`): runs the mocha suites inside the
// host, where `vscode` is the real API. Works the same under code-server and desktop VS Code.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * Marks the reporter's lines so the harness can tell them from the workbench's own console
 * chatter, which arrives through the same channel under code-server.
 */
export const OUTPUT_PREFIX = '\u2502 ';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, slow: 5_000 });
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const log = console.log.bind(console);
  base.consoleLog = (...args: unknown[]) => {
    for (const line of format(...args).split('\n')) log(OUTPUT_PREFIX + line);
  };
  const grep = process.env.NEWS_ANNOTATOR_E2E_GREP;
  if (grep) mocha.grep(grep);
  const dir = __dirname;
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.test.js')) mocha.addFile(join(dir, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}

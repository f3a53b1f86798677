// Shared helpers for the end-to-end suites: the extension under test, its documents, and
// condition-based waiting (never fixed sleeps: every wait names what it waits for).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../../client/src/api';

export type { NewsAnnotatorApi };

export const EXTENSION_ID = 'news-annotator.news-annotator';
export const SAMPLE = 'kremlin-red-line.txt';
export const MARKDOWN = 'falklands-claim.md';

export async function extension(): Promise<{ ext: vscode.Extension<NewsAnnotatorApi>; api: NewsAnnotatorApi }> {
  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this host`);
  const api = await ext.activate();
  assert.ok(api && typeof api.whenReady === 'function' && typeof api.getAppliedDecorations === 'function', 'activate() returns the API');
  return { ext, api };
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** A fresh file outside the workspace (the Explorer in the screenshots stays as a user has it). */
export function exportTarget(name: string): vscode.Uri {
  return vscode.Uri.file(join(mkdtempSync(join(tmpdir(), 'news-annotator-export-')), name));
}

/** Opens a workspace file in an editor and waits until the server has annotated it. */
export async function openAnnotated(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; api: NewsAnnotatorApi }> {
  const { api } = await extension();
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await withTimeout(api.whenReady(doc.uri), 30_000, `annotations of ${name}`);
  return { doc, editor, api };
}

export async function withTimeout<T>(p: PromiseLike<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([Promise.resolve(p), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls `probe` until it returns a truthy value and returns that value; fails with `what` and
 * the last value or error seen when the time is up.
 */
type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 20_000): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as Truthy<T>;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last)?.slice(0, 500);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The position of the `occurrence`-th (0-based) match of `needle` in the document. */
export function positionOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${occurrence + 1} times in ${doc.uri.path}`);
  }
  return doc.positionAt(at);
}

/** The plain text of hovers, markdown and plain strings alike. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export async function hoverAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hoverText(hovers ?? []);
}

/** Every quote and claim range the client has drawn on the document's visible editors. */
export function decorationRanges(api: NewsAnnotatorApi, uri: vscode.Uri): vscode.Range[] {
  const applied = api.getAppliedDecorations(uri);
  return [...applied.quotes, ...applied.claims];
}

export function decorationCount(api: NewsAnnotatorApi, uri: vscode.Uri): number {
  return decorationRanges(api, uri).length;
}

/** Flattens document symbols (hierarchical or flat) with their ancestors' names. */
export function flattenSymbols(symbols: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[]): { name: string; detail: string; path: string[]; range: vscode.Range }[] {
  const out: { name: string; detail: string; path: string[]; range: vscode.Range }[] = [];
  const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation, path: string[]): void => {
    if ('children' in s) {
      out.push({ name: s.name, detail: s.detail, path, range: s.range });
      for (const c of s.children) walk(c, [...path, s.name]);
    } else {
      out.push({ name: s.name, detail: s.containerName, path: s.containerName ? [s.containerName] : [], range: s.location.range });
    }
  };
  for (const s of symbols) walk(s, []);
  return out;
}

/**
 * The pids of the language server processes this extension started: children of this
 * extension host whose command line runs a file inside the extension's folder.
 */
export function serverPids(extensionPath: string): number[] {
  const host = process.pid;
  // The client runs server/dist/server.js; other children (VS Code's own JSON server…) do not.
  const serverDir = join(extensionPath, 'server') + sep;
  const rows: { pid: number; ppid: number; args: string }[] = [];
  if (process.platform === 'linux') {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        // The command name in parentheses may hold spaces; the ppid is the 2nd field after it.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ');
        rows.push({ pid: Number(name), ppid, args });
      } catch {
        // the process ended while we looked
      }
    }
  } else {
    const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
    for (const line of out.split('\n')) {
      const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
      if (m) rows.push({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] });
    }
  }
  return rows.filter((r) => r.ppid === host && r.args.split(' ').some((a) => a.startsWith(serverDir))).map((r) => r.pid);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsAnnotator').update(key, value, vscode.ConfigurationTarget.Global);
}

/** The mode the harness runs the suite in: `source` (extensionDevelopmentPath) or `vsix` (installed package). */
export function expectedMode(): 'source' | 'vsix' | undefined {
  const m = process.env.NEWS_ANNOTATOR_E2E_MODE;
  return m === 'source' || m === 'vsix' ? m : undefined;
}

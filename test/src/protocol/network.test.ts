// The server never opens a connection: after it has analysed an article and answered requests,
// the only sockets it holds are its own stdio (Node gives a child's piped stdio as socket pairs).
// Read from /proc, so it sees what the process really holds, whatever module would have opened it.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { startServer, type TestClient } from './lspClient';

const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', 'samples', 'kremlin-red-line.txt'), 'utf8');
const URI = 'file:///articles/network.txt';

/** fd number → socket inode, for every socket the process holds. */
function socketsOf(pid: number): Map<number, string> {
  const sockets = new Map<number, string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    let target: string;
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue; // closed while we looked
    }
    const m = /^socket:\[(\d+)\]$/.exec(target);
    if (m) sockets.set(Number(fd), m[1]!);
  }
  return sockets;
}

/** Inodes of every TCP/UDP socket (v4 and v6) in the network namespace. */
function inetInodes(): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['tcp', 'tcp6', 'udp', 'udp6']) {
    const path = `/proc/net/${table}`;
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 9) inodes.add(cols[9]!);
    }
  }
  return inodes;
}

suite('protocol: the server opens no connection', function () {
  this.timeout(30000);
  let client: TestClient;

  suiteSetup(function () {
    if (process.platform !== 'linux') this.skip();
  });

  teardown(async () => {
    if (client) await client.stop();
  });

  test('after analysing and answering, it holds no socket but its stdio, and none on the network', async () => {
    client = await startServer();
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'plaintext', version: 1, text: SAMPLE },
    });
    const annotations = await client.annotations(URI, 1);
    assert.ok(annotations.counts.quotes > 0, 'the article was analysed');
    const at = SAMPLE.indexOf('Peskov stated');
    const line = SAMPLE.slice(0, at).split('\n').length - 1;
    const character = at - (SAMPLE.lastIndexOf('\n', at - 1) + 1);
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line, character } });

    const pid = client.process.pid!;
    const sockets = socketsOf(pid);
    const beyondStdio = [...sockets.keys()].filter((fd) => fd > 2);
    assert.deepEqual(beyondStdio, [], `sockets other than stdio: fds ${beyondStdio.join(', ')}`);
    const inet = inetInodes();
    const onNetwork = [...sockets.values()].filter((inode) => inet.has(inode));
    assert.deepEqual(onNetwork, [], 'a TCP or UDP socket');
  });
});

// A request to the service that hangs is given up on, so neither the sync nor an enrollment the
// user is waiting on stays stuck: real HTTP on loopback, a server that accepts and never answers.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkError, requestJson } from '../../extension/sync';

describe('a request to the service that hangs', () => {
  let server: Server;
  let url: string;
  const open: ServerResponse[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      open.push(res);
      // /stall-body sends its headers and half a body, then nothing; anything else gets nothing.
      if (req.url === '/stall-body') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"ok":');
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const res of open) res.destroy();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  it('is unreachable once no answer comes in time', async () => {
    const err = await requestJson({ server: url }, '/no-answer', { method: 'POST', body: { a: 1 }, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as Error).message).toContain('no answer within 0.3 s');
  });

  it('is unreachable when the answer starts and then stalls', async () => {
    const err = await requestJson({ server: url }, '/stall-body', { method: 'GET', timeoutMs: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
  });
});

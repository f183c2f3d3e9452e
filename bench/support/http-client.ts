import { Agent, request } from 'node:http';

/**
 * A lean HTTP/1.1 client for the benchmarks that time requests: node:http over a keep-alive agent
 * with one socket per request in flight, no limit. fetch (undici) costs the client several times
 * the CPU of a request here, and when client and service share two cores that cost lands in the
 * service's figures.
 */
export interface HttpClient {
  send(method: 'GET' | 'POST', url: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }>;
  close(): void;
}

export function httpClient(): HttpClient {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity, scheduling: 'fifo' });
  return {
    send: (method, url, headers, body) =>
      new Promise((resolve, reject) => {
        const req = request(url, { method, agent, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}

import http from 'node:http';

export interface Answer {
  status: number;
  text: string;
  headers: http.IncomingHttpHeaders;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/**
 * Sends one request as given (raw path, raw body bytes: nothing re-encoded on the way), answering status 0
 * when the connection fails or the server has not answered within `timeoutMs`.
 */
export function send(base: URL, method: string, path: string, headers: Record<string, string>, body?: Buffer, timeoutMs = 30_000): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.request({
      host: base.hostname, port: base.port, method, path, agent,
      headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      res.on('error', (err) => resolve({ status: 0, text: String(err), headers: {} }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (err) => resolve({ status: 0, text: String(err), headers: {} }));
    req.end(body);
  });
}

export function closeConnections(): void {
  agent.destroy();
}

import http from 'node:http';

/** One answer, its body read to the end; `ms` from the request sent to the last byte received. */
export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

/**
 * A server the load is sent to. Only loopback: the load test never leaves the machine. One keep-alive agent
 * per server (sockets reused between requests: no connection set-up in the figures, little CPU spent on it).
 */
export interface Target {
  host: '127.0.0.1';
  port: number;
  agent: http.Agent;
}

export function targetOf(port: number): Target {
  return { host: '127.0.0.1', port, agent: new http.Agent({ keepAlive: true, maxSockets: Infinity }) };
}

export function send(target: Target, method: string, path: string, headers: http.OutgoingHttpHeaders, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request({
      host: target.host, port: target.port, agent: target.agent, method, path,
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** `?sort=…&range=…&filter=…` as ra-data-simple-rest writes it: each value as JSON. */
export function listQuery(query: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, JSON.stringify(v)]);
  return entries.length ? `?${new URLSearchParams(entries)}` : '';
}

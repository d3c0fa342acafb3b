import http from 'node:http';

/** One answer, its body read to the end; `ms` from the request sent to the last byte received. */
export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
  /** sent again once: the kept-alive socket it first went on was closed by the server as it was sent */
  retried: boolean;
}

/** A server the load is sent to. Only loopback: the load test never leaves the machine. */
export interface Target {
  host: '127.0.0.1';
  port: number;
}

export function targetOf(port: number): Target {
  return { host: '127.0.0.1', port };
}

/**
 * A person's connection, as their browser keeps one: kept alive between requests (no connection set-up in the
 * figures, little CPU spent on it). One per person, not one pool for all: in a shared pool, sockets left idle
 * past the server's keep-alive timeout (5 s) were reused just as the server closed them (ECONNRESET).
 */
export function connectionOf(target: Target): { target: Target; agent: http.Agent } {
  return { target, agent: new http.Agent({ keepAlive: true, maxSockets: 1 }) };
}

export type Connection = ReturnType<typeof connectionOf>;

/**
 * One request, its answer read to the end. A request that met a reset on a reused socket is sent once more, as
 * browsers and Node's docs do: the server closed that idle connection as it went out, so it never arrived.
 */
export async function send(connection: Connection, method: string, path: string, headers: http.OutgoingHttpHeaders, body?: string): Promise<Answer> {
  const started = process.hrtime.bigint();
  try {
    return await sendOnce(connection, method, path, headers, body, started);
  } catch (e) {
    if ((e as { staleSocket?: boolean }).staleSocket) return { ...(await sendOnce(connection, method, path, headers, body, started)), retried: true };
    throw e;
  }
}

function sendOnce({ target, agent }: Connection, method: string, path: string, headers: http.OutgoingHttpHeaders, body: string | undefined, started: bigint): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request({
      host: target.host, port: target.port, agent, method, path,
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        retried: false,
      }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      reject(Object.assign(e, { staleSocket: !answered && req.reusedSocket && e.code === 'ECONNRESET' }));
    });
    req.end(body);
  });
}

/** `?sort=…&range=…&filter=…` as ra-data-simple-rest writes it: each value as JSON. */
export function listQuery(query: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, JSON.stringify(v)]);
  return entries.length ? `?${new URLSearchParams(entries)}` : '';
}

import type { Server } from 'node:http';
import type { RequestHandler } from 'express';

/**
 * Graceful shutdown: once draining, the server takes no new connections, answers the requests in flight, tells
 * keep-alive clients to reconnect elsewhere (`Connection: close`) and reports itself unhealthy, so a proxy moves
 * traffic to the other processes. After the grace period whatever is still open is cut; its transaction is rolled
 * back with the connection.
 */
export class Lifecycle {
  draining = false;
  private server: Server | undefined;

  attach(server: Server): void {
    this.server = server;
  }

  /** First in the app: marks answers given while draining, and frees their connections once answered. */
  middleware(): RequestHandler {
    return (_req, res, next) => {
      if (this.draining) res.set('Connection', 'close');
      res.on('finish', () => {
        if (this.draining) this.server?.closeIdleConnections();
      });
      next();
    };
  }

  /** Stops accepting, waits for the requests in flight up to `graceMs`; true when they all finished in time. */
  drain(graceMs: number): Promise<boolean> {
    this.draining = true;
    const server = this.server;
    if (!server) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        server.closeAllConnections();
        resolve(false);
      }, graceMs);
      server.close(() => {
        clearTimeout(timer);
        resolve(true);
      });
      server.closeIdleConnections();
    });
  }
}

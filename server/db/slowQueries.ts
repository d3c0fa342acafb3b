import type { Knex } from 'knex';
import type { Logger } from 'pino';

interface QueryEvent {
  __knexQueryUid?: string;
  sql?: string;
}

/**
 * Logs every query that took `thresholdMs` or longer (a warning with its time and SQL, never its bound values:
 * those may be personal data), so a slow list or report shows up in the production log by itself. 0: off.
 */
export function logSlowQueries(db: Knex, logger: Logger, thresholdMs: number): void {
  if (thresholdMs <= 0) return;
  const started = new Map<string, number>();
  db.on('query', (q: QueryEvent) => {
    if (q.__knexQueryUid) started.set(q.__knexQueryUid, performance.now());
  });
  const done = (q: QueryEvent, failed: boolean) => {
    const uid = q.__knexQueryUid;
    const t0 = uid ? started.get(uid) : undefined;
    if (!uid || t0 === undefined) return;
    started.delete(uid);
    const ms = performance.now() - t0;
    if (ms >= thresholdMs) logger.warn({ ms: Math.round(ms), sql: String(q.sql ?? '').slice(0, 4000), failed }, 'slow query');
  };
  db.on('query-response', (_response: unknown, q: QueryEvent) => done(q, false));
  db.on('query-error', (_error: unknown, q: QueryEvent) => done(q, true));
}

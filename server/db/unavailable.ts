/**
 * Whether an error means the database cannot be reached or is busy right now, as opposed to a fault in the
 * request: the caller should try again shortly (503 with Retry-After), and the server recovers by itself once
 * the database is back (the pool opens fresh connections; broken ones are thrown away).
 */
interface DriverError {
  code?: unknown;
  name?: unknown;
  message?: unknown;
}

/** network failures on the way to PostgreSQL */
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (shut down by the administrator, crashed,
 * not accepting connections yet: a restart), 53300 (too many connections); and the ones where the database chose
 * this transaction to give way to a concurrent one and rolled it back: 40P01 (deadlock), 40001 (serialization),
 * 55P03 (lock not available). All say: nothing was changed, the same request may succeed in a moment.
 */
const PG_STATES = /^(08...|57P0[123]|53300|40P01|40001|55P03)$/;
/** SQLite: another process holds the write lock longer than the busy timeout */
const SQLITE_BUSY = /^SQLITE_(BUSY|LOCKED)/;
/** what pg and knex say about a connection that died under them or could not be had in time */
const MESSAGES = [
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /Timeout acquiring a connection/i,
  /connection (is )?(closed|lost|ended)/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
];

export function isDatabaseUnavailable(err: unknown): boolean {
  if (err == null || typeof err !== 'object') return false;
  const e = err as DriverError;
  const code = typeof e.code === 'string' ? e.code : '';
  if (NETWORK.has(code) || PG_STATES.test(code) || SQLITE_BUSY.test(code)) return true;
  if (e.name === 'KnexTimeoutError') return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (MESSAGES.some((m) => m.test(message))) return true;
  // an AggregateError (several addresses refused) or a wrapped cause
  const nested = (err as { errors?: unknown; cause?: unknown });
  if (Array.isArray(nested.errors) && nested.errors.some(isDatabaseUnavailable)) return true;
  return nested.cause !== undefined && nested.cause !== err && isDatabaseUnavailable(nested.cause);
}

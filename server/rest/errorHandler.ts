import type { ErrorRequestHandler } from 'express';
import { AppError } from '../errors.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { headline, localeOf, reason, say } from './reasons.js';

const RETRY_AFTER_SECONDS = 5;

interface DbError {
  code?: string;
  message?: string;
  type?: string;
  status?: number;
}

/**
 * Translates what went wrong into `{ message, errors }` in the caller's language. Never answers SQL or a
 * stack: an unexpected error is logged with the request id, and the caller gets only that id.
 */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, next) => {
  void next;
  const locale = localeOf(req.headers['accept-language']);
  const requestId = String(req.id ?? '');
  if (err instanceof AppError) {
    const errors = Object.fromEntries(Object.entries(err.errors).map(([k, r]) => [k, say(r, locale)]));
    // a refusal of the record as a whole (`id`: still in use, …) reads as its reason alone
    const detail = Object.entries(errors).map(([k, v]) => (k === 'id' ? v : `${k} ${v}`)).join('; ');
    const message = headline[err.headline][locale] + (detail ? `: ${detail}` : '');
    res.status(err.status).json({ message, errors });
    return;
  }
  const e = (err ?? {}) as DbError;
  if (e.type === 'entity.parse.failed') {
    res.status(400).json({ message: `${headline.invalid[locale]}: body ${say(reason('bad_json'), locale)}`, errors: { body: say(reason('bad_json'), locale) } });
    return;
  }
  const sqliteForeignKey = e.code?.startsWith('SQLITE_CONSTRAINT') && e.message?.includes('FOREIGN KEY');
  if (sqliteForeignKey || e.code === '23503') {
    res.status(409).json({ message: headline.referenced[locale], errors: {} });
    return;
  }
  // two requests racing for one unique value (the same new field key, a list's default view): the later one lost;
  // the checks before the write had seen neither
  const sqliteUnique = e.code === 'SQLITE_CONSTRAINT_UNIQUE' || (e.code?.startsWith('SQLITE_CONSTRAINT') && e.message?.includes('UNIQUE'));
  if (sqliteUnique || e.code === '23505') {
    res.status(409).json({ message: headline.conflict[locale], errors: {} });
    return;
  }
  if (e.status === 413 || e.type === 'entity.too.large') {
    res.status(413).json({ message: headline.too_large[locale], errors: {} });
    return;
  }
  if (e.type && typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    // body-parser's other refusals (unsupported charset or encoding)
    res.status(e.status).json({ message: headline.invalid[locale], errors: { body: e.type } });
    return;
  }
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status !== undefined && status >= 400 && status < 500) {
    // the router's or body parser's own refusals: a path that is no valid percent-encoding (URIError), a body that
    // does not inflate from its Content-Encoding
    const where = err instanceof URIError ? 'id' : 'body';
    res.status(status).json({ message: `${headline.invalid[locale]}: ${where}`, errors: { [where]: say(reason(where === 'id' ? 'not_id' : 'not_inflatable'), locale) } });
    return;
  }
  if (isDatabaseUnavailable(err)) {
    // the database is down, restarting or busy: a clean refusal the client may retry; the transaction, if any,
    // was rolled back with the connection
    req.log?.warn({ err: { code: e.code, message: e.message } }, 'database unavailable');
    res.status(503).set('Retry-After', String(RETRY_AFTER_SECONDS)).json({ message: headline.unavailable[locale], errors: {} });
    return;
  }
  req.log?.error({ err }, 'unexpected error');
  res.status(500).json({ message: `${headline.internal[locale]}: ${requestId}`, errors: {}, requestId });
};

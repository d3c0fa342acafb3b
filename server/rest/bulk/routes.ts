import { Router, type ErrorRequestHandler, type Request } from 'express';
import type { Knex } from 'knex';
import { contextOf, resourceOf } from '../requestParts.js';
import { errorHandler } from '../errorHandler.js';
import type { Context, ResourceService } from '../service.js';
import { bulkDelete } from './remove.js';
import { RowError, newBatchId } from './rows.js';
import { undoBatch } from './undo.js';
import { bulkUpdate } from './update.js';

/** Who asks, with a new batch id that every audit row of this request carries. */
const batchContext = (req: Request): Context => ({ ...contextOf(req), batchId: newBatchId() });

/** A refusal caused by one row answers the usual `{ message, errors }` plus `row`: the id of that record. */
const withRow: ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (!(err instanceof RowError)) {
    next(err);
    return;
  }
  const json = res.json.bind(res);
  res.json = (body: unknown) => json({ ...(body as object), row: err.row });
  errorHandler(err, req, res, next);
};

/**
 * The bulk endpoints (issue 4): many records changed in one request and one transaction, each audited under
 * the request's batch id, and that batch undone.
 *   PATCH  /:resource            { ids | filter, data?, add?, remove? } → { batchId, count, ids }
 *   DELETE /:resource            { ids | filter }                       → { batchId, count, ids }
 *   POST   /:resource/bulk/undo  { batchId }                            → { batchId, count }
 */
export function bulkRoutes(db: Knex, service: ResourceService): Router {
  const router = Router();
  router.patch('/:resource', async (req, res) => {
    res.json(await bulkUpdate(db, service, resourceOf(req), req.body, batchContext(req)));
  });
  router.delete('/:resource', async (req, res) => {
    res.json(await bulkDelete(db, service, resourceOf(req), req.body, batchContext(req)));
  });
  router.post('/:resource/bulk/undo', async (req, res) => {
    res.json(await undoBatch(db, resourceOf(req), req.body, batchContext(req)));
  });
  router.use(withRow);
  return router;
}

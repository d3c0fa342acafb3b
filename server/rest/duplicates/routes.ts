import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { badRequest } from '../../errors.js';
import { contextOf, idOf } from '../requestParts.js';
import { reason, type Reason } from '../reasons.js';
import { errorsOf } from '../../domain/zodReasons.js';
import { candidatesOf, listCandidates } from '../../domain/duplicates/candidates.js';
import { dismissPair, listDismissals, undoDismissal } from '../../domain/duplicates/dismissals.js';
import { assertMayDecide, assertMayRead } from '../../domain/duplicates/guard.js';
import { mergesInto, removedHistory } from '../../domain/duplicates/history.js';
import { mergeCustomers } from '../../domain/duplicates/merge.js';
import { reviewPair } from '../../domain/duplicates/review.js';
import { REASON_FILTERS } from '../../domain/duplicates/score.js';

/**
 * Duplicate customers (issue 9, part 4):
 *   GET    /duplicates?reason=&level=&offset=&limit=     proposed pairs, best first { total, by_reason, by_level, pairs }
 *   GET    /duplicates/customers/:id                      one customer's proposed pairs { pairs }
 *   GET    /duplicates/review?keep=&remove=               the two side by side, with choices and counts
 *   POST   /duplicates/merge                              { keep_id, remove_id, keep_version, remove_version, fields }
 *   POST   /duplicates/dismissals                         { ids: [a, b], note? } "not the same person"
 *   GET    /duplicates/dismissals?offset=&limit=          the pairs judged different
 *   DELETE /duplicates/dismissals/:id                     undo a judgement
 *   GET    /duplicates/merges?customer_id=                the customers merged into one
 *   GET    /duplicates/merges/:id/history                 the audit trail of a merged-in customer
 */
const idText = z.string().regex(/^\d{1,10}$/).transform(Number).pipe(z.number().int().positive());
const page = z.object({
  offset: z.string().regex(/^\d{1,7}$/).transform(Number).optional(),
  limit: z.string().regex(/^\d{1,3}$/).transform(Number).pipe(z.number().int().min(1).max(100)).optional(),
});
const listQuery = page.extend({
  reason: z.enum(REASON_FILTERS).optional(),
  level: z.enum(['high', 'medium', 'low']).optional(),
});
const reviewQuery = z.object({ keep: idText, remove: idText });
const mergesQuery = z.object({ customer_id: idText });
const dismissBody = z.strictObject({
  ids: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  note: z.string().max(200).nullish(),
});

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const errors: Record<string, Reason> = {};
  errorsOf(parsed.error, '', errors);
  throw badRequest(errors);
}

const query = (req: Request) => req.query as Record<string, unknown>;

export function duplicateRoutes(db: Knex): Router {
  const router = Router();

  router.get('/duplicates', async (req, res) => {
    const { actor } = contextOf(req);
    assertMayRead(actor);
    const q = parse(listQuery, query(req));
    res.json(await listCandidates(db, actor, { reason: q.reason, level: q.level, offset: q.offset ?? 0, limit: q.limit ?? 25 }));
  });

  router.get('/duplicates/customers/:id', async (req, res) => {
    const { actor } = contextOf(req);
    assertMayRead(actor);
    res.json({ pairs: await candidatesOf(db, actor, idOf(req)) });
  });

  router.get('/duplicates/review', async (req, res) => {
    const q = parse(reviewQuery, query(req));
    res.json(await reviewPair(db, contextOf(req).actor, q.keep, q.remove));
  });

  router.post('/duplicates/merge', async (req, res) => {
    res.json(await mergeCustomers(db, req.body, contextOf(req)));
  });

  router.post('/duplicates/dismissals', async (req, res) => {
    const { actor } = contextOf(req);
    assertMayDecide(actor);
    const body = parse(dismissBody, req.body);
    if (body.ids[0] === body.ids[1]) throw badRequest({ 'ids.1': reason('same_customer') });
    res.status(201).json(await dismissPair(db, actor, body.ids[0], body.ids[1], body.note ?? null));
  });

  router.get('/duplicates/dismissals', async (req, res) => {
    const { actor } = contextOf(req);
    assertMayRead(actor);
    const q = parse(page, query(req));
    res.json(await listDismissals(db, actor, q.offset ?? 0, q.limit ?? 25));
  });

  router.delete('/duplicates/dismissals/:id', async (req, res) => {
    const { actor } = contextOf(req);
    assertMayDecide(actor);
    res.json(await undoDismissal(db, actor, idOf(req)));
  });

  router.get('/duplicates/merges', async (req, res) => {
    const q = parse(mergesQuery, query(req));
    res.json(await mergesInto(db, contextOf(req).actor, q.customer_id));
  });

  router.get('/duplicates/merges/:id/history', async (req, res) => {
    res.json(await removedHistory(db, contextOf(req).actor, idOf(req)));
  });

  return router;
}

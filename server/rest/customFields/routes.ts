import { Router } from 'express';
import type { Knex } from 'knex';
import { custom_fields } from '../../resources/custom_fields.js';
import { resources } from '../../resources/index.js';
import { assertCan } from '../../auth/policy.js';
import { heldValues } from '../../domain/customFields/changes.js';
import { AppError, badRequest } from '../../errors.js';
import { reason } from '../reasons.js';
import { contextOf, idOf } from '../requestParts.js';
import type { ResourceService } from '../service.js';

async function storedField(db: Knex, id: number): Promise<Record<string, unknown>> {
  const row = await db('custom_fields').where({ id }).first();
  if (!row) throw new AppError(404, 'not_found');
  return row as Record<string, unknown>;
}

/**
 * What deleting a custom field takes: `GET /custom_fields/:id/usage` counts the records holding a value (the
 * confirmation shows it), and `DELETE /custom_fields/:id?confirm=<key>` deletes a field records hold values of
 * only when the key is typed back; without it, 400 saying what would be erased. Retiring (`retired: true`) keeps
 * the values instead.
 */
export function customFieldRoutes(db: Knex, service: ResourceService): Router {
  const router = Router();

  router.get('/custom_fields/:id/usage', async (req, res) => {
    assertCan(contextOf(req).actor, custom_fields, 'delete');
    const stored = await storedField(db, idOf(req));
    res.json({ key: stored.key, count: await heldValues(db, resources, stored) });
  });

  router.delete('/custom_fields/:id', async (req, res) => {
    const ctx = contextOf(req);
    assertCan(ctx.actor, custom_fields, 'delete');
    const id = idOf(req);
    const stored = await storedField(db, id);
    // a field no record holds a value of goes at once (a stock client's plain DELETE works); one with values only
    // when its key is typed back
    const count = await heldValues(db, resources, stored);
    if (count > 0 && req.query.confirm !== stored.key) {
      throw badRequest({ confirm: reason('confirm_delete_field', { key: String(stored.key), count }) });
    }
    res.json(await service.remove(custom_fields, id, ctx));
  });

  return router;
}

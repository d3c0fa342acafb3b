import { Router } from 'express';
import type { Knex } from 'knex';
import { contextOf } from '../requestParts.js';
import { badRequest } from '../../errors.js';
import { reason } from '../reasons.js';
import { workToday } from '../../domain/today/workToday.js';
import { reportReader } from '../../db/reportReader.js';

/** GET /api/today?scope=mine|team — the signed-in person's queue for today (server/domain/today). */
export function todayRoutes(app: Knex): Router {
  // the queue only reads: on SQLite its sections are read side by side on reader threads
  const db = reportReader(app);
  const router = Router();
  router.get('/today', async (req, res) => {
    const scope = String(req.query.scope ?? 'mine');
    if (scope !== 'mine' && scope !== 'team') throw badRequest({ scope: reason('bad_choice', { options: 'mine, team' }) });
    res.json(await workToday(db, contextOf(req).actor, new Date(), scope));
  });
  return router;
}

import { Router } from 'express';
import type { Knex } from 'knex';
import { contextOf } from '../requestParts.js';
import { forbidden } from '../../auth/policy.js';
import { isManager, roleGroups } from '../../resources/access.js';
import { generateGreetings } from '../../domain/greetings/generate.js';
import { sendIds, sendTouches } from '../../domain/greetings/send.js';

/**
 * POST /api/care_touches/generate — prepare the coming days' greetings now (cs_manager, admin); the scheduler
 * runs it daily. POST /api/care_touches/send { ids } — send scheduled touches through the gateway and mark
 * them sent (the CS team).
 */
export function greetingRoutes(db: Knex): Router {
  const router = Router();
  router.post('/care_touches/generate', async (req, res) => {
    if (!isManager(contextOf(req).actor.role)) throw forbidden();
    res.json(await generateGreetings(db, new Date()));
  });
  router.post('/care_touches/send', async (req, res) => {
    const ctx = contextOf(req);
    if (!roleGroups.CS.includes(ctx.actor.role)) throw forbidden();
    const body = (req.body ?? {}) as { ids?: unknown };
    res.json(await sendTouches(db, sendIds(body.ids), ctx));
  });
  return router;
}

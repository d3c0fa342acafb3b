import { Router } from 'express';
import type { Knex } from 'knex';
import { contextOf, idOf } from '../requestParts.js';
import type { ResourceService } from '../service.js';
import { complaintsDef } from '../../domain/complaints/def.js';
import { forbidden } from '../../auth/policy.js';
import { isManager } from '../../resources/access.js';
import { loadSlaCalendar } from '../../domain/complaints/calendar.js';
import { dueSoonUntil, readSla } from '../../domain/complaints/sla.js';
import { setPaused, takeStep } from '../../domain/complaints/steps.js';
import { escalateBreached } from '../../domain/complaints/escalation.js';

/**
 * A complaint's own calls: its steps along the flow, pausing and resuming its SLA clock, reading the clock, and
 * the escalation sweep run now. Registered before the generic routes (`/complaints/sla-clock` is not a record).
 */
export function complaintRoutes(db: Knex, service: ResourceService): Router {
  const router = Router();
  const load = (trx: Knex, id: number) => service.load(complaintsDef(), id, trx);

  /** What the screens need to tell "due soon" from "ok" themselves: now and the warning horizon in working time. */
  router.get('/complaints/sla-clock', async (req, res) => {
    contextOf(req);
    const s = await loadSlaCalendar(db);
    const now = new Date();
    res.json({ now: now.toISOString(), due_soon_until: dueSoonUntil(s, now).toISOString(), ...s.sla });
  });

  router.post('/complaints/escalate', async (req, res) => {
    const ctx = contextOf(req);
    if (!isManager(ctx.actor.role)) throw forbidden();
    res.json(await escalateBreached(db, new Date(), ctx));
  });

  router.get('/complaints/:id/sla', async (req, res) => {
    const record = await service.getOne(complaintsDef(), idOf(req), contextOf(req));
    res.json(readSla(await loadSlaCalendar(db), record, new Date()));
  });

  router.post('/complaints/:id/step', async (req, res) => {
    const ctx = contextOf(req);
    await takeStep(db, load, idOf(req), req.body, ctx);
    res.json(await service.getOne(complaintsDef(), idOf(req), ctx));
  });

  for (const [call, paused] of [['pause', true], ['resume', false]] as const) {
    router.post(`/complaints/:id/${call}`, async (req, res) => {
      const ctx = contextOf(req);
      await setPaused(db, load, idOf(req), paused, req.body, ctx);
      res.json(await service.getOne(complaintsDef(), idOf(req), ctx));
    });
  }

  return router;
}

import { Router } from 'express';
import type { Knex } from 'knex';
import { contextOf, idOf } from '../requestParts.js';
import type { ResourceService } from '../service.js';
import { getResource } from '../../resources/index.js';
import { AppError } from '../../errors.js';
import { inviteAudience } from '../../domain/event/invite.js';
import { checkIn } from '../../domain/event/checkIn.js';
import { scorecardOf } from '../../domain/event/scorecard.js';
import { yearPlan } from '../../domain/event/yearPlan.js';
import { assertCan } from '../../auth/policy.js';
import { badRequest } from '../../errors.js';
import { reason } from '../reasons.js';

/** An event's own calls: invite an audience, sign a participant in, read the scorecard. */
export function eventRoutes(db: Knex, service: ResourceService): Router {
  const router = Router();
  const events = () => {
    const def = getResource('events');
    if (!def) throw new AppError(404, 'unknown_resource');
    return def;
  };

  router.get('/events/plan/:year', async (req, res) => {
    assertCan(contextOf(req).actor, events(), 'read');
    const year = Number(req.params.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badRequest({ year: reason('not_integer') });
    res.json(await yearPlan(db, year));
  });

  router.post('/events/:id/invite', async (req, res) => {
    const ctx = contextOf(req);
    await service.getOne(events(), idOf(req), ctx);
    res.json(await inviteAudience(db, service, idOf(req), req.body, ctx));
  });

  router.post('/events/:id/check-in', async (req, res) => {
    const ctx = contextOf(req);
    await service.getOne(events(), idOf(req), ctx);
    res.json(await checkIn(db, service, idOf(req), req.body ?? {}, ctx));
  });

  router.get('/events/:id/scorecard', async (req, res) => {
    const ctx = contextOf(req);
    await service.getOne(events(), idOf(req), ctx);
    res.json(await scorecardOf(db, idOf(req)));
  });

  return router;
}

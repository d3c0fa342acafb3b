import { Router } from 'express';
import type { Knex } from 'knex';
import { contextOf, idOf } from '../requestParts.js';
import type { ResourceService } from '../service.js';
import { getResource } from '../../resources/index.js';
import { AppError, badRequest } from '../../errors.js';
import { assertCan, forbidden } from '../../auth/policy.js';
import { isManager } from '../../resources/access.js';
import { reason } from '../reasons.js';
import { generateFollowUps } from '../../domain/followups/cadence.js';
import { recordAttempt } from '../../domain/followups/record.js';
import { followUpReport, type Period } from '../../domain/followups/reports.js';
import { chinaDay } from '../../domain/chinaTime.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A follow-up's own calls: record an attempt (POST /follow_ups/:id/record), the weekly / monthly report
 * (GET /follow_ups/report), and run the cadence sweep now (POST /follow_ups/generate, managers).
 */
export function followUpRoutes(db: Knex, service: ResourceService): Router {
  const router = Router();
  const followUps = () => {
    const def = getResource('follow_ups');
    if (!def) throw new AppError(404, 'unknown_resource');
    return def;
  };

  router.post('/follow_ups/generate', async (req, res) => {
    const ctx = contextOf(req);
    if (!isManager(ctx.actor.role)) throw forbidden();
    res.json(await generateFollowUps(db, new Date()));
  });

  router.get('/follow_ups/report', async (req, res) => {
    const ctx = contextOf(req);
    const def = followUps();
    assertCan(ctx.actor, def, 'read');
    const period = String(req.query.period ?? 'week');
    const day = String(req.query.date ?? chinaDay(new Date()));
    const errors: Record<string, ReturnType<typeof reason>> = {};
    if (period !== 'week' && period !== 'month') errors.period = reason('bad_choice', { options: 'week, month' });
    if (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) errors.date = reason('not_date');
    if (Object.keys(errors).length) throw badRequest(errors);
    res.json(await followUpReport(db, () => service.filtered(def, { conditions: [], q: null }, ctx), period as Period, day));
  });

  router.post('/follow_ups/:id/record', async (req, res) => {
    const ctx = contextOf(req);
    const def = followUps();
    await service.getOne(def, idOf(req), ctx);
    assertCan(ctx.actor, def, 'update');
    res.json(await recordAttempt(db, idOf(req), req.body, ctx));
  });

  return router;
}

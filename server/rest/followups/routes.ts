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
import { followUpRangeReport, followUpReport, type Period } from '../../domain/followups/reports.js';
import { parseKpiQuery, scopeOf } from '../../domain/analytics/query.js';
import { matchingCustomers } from '../../domain/analytics/ratio.js';
import { chinaDay } from '../../domain/chinaTime.js';
import { reportReader } from '../../db/reportReader.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A follow-up's own calls: record an attempt (POST /follow_ups/:id/record), the weekly / monthly report
 * (GET /follow_ups/report), and run the cadence sweep now (POST /follow_ups/generate, managers).
 */
export function followUpRoutes(db: Knex, service: ResourceService): Router {
  const router = Router();
  // the report only reads: on SQLite its queries run side by side on reader threads
  const reader = reportReader(db);
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

  // ?period=week|month&date= (a week's or month's report) or ?from=&to= (a range); both take region, owner_id, tier_id
  router.get('/follow_ups/report', async (req, res) => {
    const ctx = contextOf(req);
    const def = followUps();
    assertCan(ctx.actor, def, 'read');
    const raw = req.query as Record<string, unknown>;
    const now = new Date();
    const s = scopeOf(parseKpiQuery(raw), ctx.actor, now);
    const base = () => {
      const qb = service.filtered(def, { conditions: [], q: null }, ctx, reader);
      return s.region || s.tier_id || s.owner_id ? qb.whereIn('follow_ups.customer_id', matchingCustomers(reader, s)) : qb;
    };
    if (raw.from !== undefined || raw.to !== undefined) {
      res.json(await followUpRangeReport(reader, base, s.from, s.to, now));
      return;
    }
    const period = String(raw.period ?? 'week');
    const day = String(raw.date ?? chinaDay(now));
    const errors: Record<string, ReturnType<typeof reason>> = {};
    if (period !== 'week' && period !== 'month') errors.period = reason('bad_choice', { options: 'week, month' });
    if (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) errors.date = reason('not_date');
    if (Object.keys(errors).length) throw badRequest(errors);
    res.json(await followUpReport(reader, base, period as Period, day, now));
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

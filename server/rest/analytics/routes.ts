import { Router } from 'express';
import type { Knex } from 'knex';
import { contextOf } from '../requestParts.js';
import { dashboard } from '../../domain/analytics/dashboard.js';
import { parseKpiQuery } from '../../domain/analytics/query.js';

/**
 * GET /api/analytics/dashboard?from=&to=&region=&owner_id=&tier_id= — the KPI tiles with their 12-month trends
 * (server/domain/analytics); a sales consultant always gets their own customers'.
 */
export function analyticsRoutes(db: Knex): Router {
  const router = Router();
  router.get('/analytics/dashboard', async (req, res) => {
    res.json(await dashboard(db, contextOf(req).actor, parseKpiQuery(req.query as Record<string, unknown>), new Date()));
  });
  return router;
}

import { Router } from 'express';
import type { Knex } from 'knex';
import { contextOf } from '../requestParts.js';
import { dashboard } from '../../domain/analytics/dashboard.js';
import { parseKpiQuery } from '../../domain/analytics/query.js';
import { complaintAnalysis } from '../../domain/analytics/complaints.js';
import { satisfactionReport } from '../../domain/analytics/satisfaction.js';
import { sendReportTable } from './exportTable.js';

/**
 * GET /api/analytics/dashboard?from=&to=&region=&owner_id=&tier_id= — the KPI tiles with their 12-month trends
 * (server/domain/analytics); a sales consultant always gets their own customers'.
 */
export function analyticsRoutes(db: Knex): Router {
  const router = Router();
  router.get('/analytics/dashboard', async (req, res) => {
    res.json(await dashboard(db, contextOf(req).actor, parseKpiQuery(req.query as Record<string, unknown>), new Date()));
  });
  // satisfaction by service item per month (issue 8 part 5)
  router.get('/analytics/satisfaction', async (req, res) => {
    res.json(await satisfactionReport(db, contextOf(req).actor, parseKpiQuery(req.query as Record<string, unknown>), new Date()));
  });
  // GET /api/analytics/complaints?from=&to=&region= — complaint analysis (issue 8 part 5), narrowed like the dashboard
  router.get('/analytics/complaints', async (req, res) => {
    res.json(await complaintAnalysis(db, contextOf(req).actor, parseKpiQuery(req.query as Record<string, unknown>), new Date()));
  });
  // POST /api/analytics/export — a report's table, as shown, as an XLSX file (issue 8 part 7)
  router.post('/analytics/export', async (req, res) => {
    await sendReportTable(req.body, res);
  });
  return router;
}

import { Router } from 'express';
import type { Knex } from 'knex';
import { contextOf } from '../requestParts.js';
import { dashboard } from '../../domain/analytics/dashboard.js';
import { parseKpiQuery } from '../../domain/analytics/query.js';
import { complaintAnalysis } from '../../domain/analytics/complaints.js';
import { satisfactionReport } from '../../domain/analytics/satisfaction.js';
import { prospectAnalysis } from '../../domain/analytics/prospects.js';
import { eventComparison } from '../../domain/analytics/eventComparison.js';
import { valueReport, parseValueMonth } from '../../domain/value/report.js';
import { ownerComposition } from '../../domain/analytics/ownerReport.js';
import { ownerFlow } from '../../domain/analytics/ownerFlow.js';
import { ownerLoyalty } from '../../domain/analytics/ownerLoyalty.js';
import { sendReportTable } from './exportTable.js';
import { reportReader } from '../../db/reportReader.js';

/**
 * GET /api/analytics/dashboard?from=&to=&region=&owner_id=&tier_id= — the KPI tiles with their 12-month trends
 * (server/domain/analytics); a sales consultant always gets their own customers'.
 */
export function analyticsRoutes(app: Knex): Router {
  // every report only reads: on SQLite its queries run side by side on reader threads
  const db = reportReader(app);
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
  router.get('/analytics/events', async (req, res) => res.json(await eventComparison(db, contextOf(req).actor, parseKpiQuery(req.query as Record<string, unknown>), req.query.ids, new Date())));
  router.get('/analytics/value', async (req, res) => res.json(await valueReport(db, contextOf(req).actor, parseKpiQuery(req.query as Record<string, unknown>), parseValueMonth(req.query as Record<string, unknown>), new Date())));
  router.get('/analytics/prospects', async (req, res) => res.json(await prospectAnalysis(db, contextOf(req).actor, parseKpiQuery(req.query as Record<string, unknown>), new Date())));
  // GET /api/analytics/owners, /flow and /loyalty — 保有客户（C卡）: make-up, customer flow, loyalty (issue 8 part 3)
  router.get('/analytics/owners', async (req, res) => res.json(await ownerComposition(db, contextOf(req).actor, parseKpiQuery(req.query as Record<string, unknown>), new Date())));
  router.get('/analytics/flow', async (req, res) => res.json(await ownerFlow(db, contextOf(req).actor, parseKpiQuery(req.query as Record<string, unknown>), new Date())));
  router.get('/analytics/loyalty', async (req, res) => res.json(await ownerLoyalty(db, contextOf(req).actor, parseKpiQuery(req.query as Record<string, unknown>), new Date())));
  // POST /api/analytics/export — a report's table, as shown, as an XLSX file (issue 8 part 7)
  router.post('/analytics/export', async (req, res) => {
    await sendReportTable(req.body, res);
  });
  return router;
}

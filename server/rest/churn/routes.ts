import { Router } from 'express';
import type { Knex } from 'knex';
import { contextOf } from '../requestParts.js';
import { forbidden } from '../../auth/policy.js';
import { isManager } from '../../resources/access.js';
import { detectChurnRisks } from '../../domain/churn/detect.js';

/**
 * POST /api/churn_risks/detect — run the churn-risk sweep now (cs_manager, admin); the scheduler runs it daily.
 * Recording the win-back goes through the generic PUT /api/churn_risks/:id (status, outcome, outcome_note).
 */
export function churnRoutes(db: Knex): Router {
  const router = Router();
  router.post('/churn_risks/detect', async (req, res) => {
    if (!isManager(contextOf(req).actor.role)) throw forbidden();
    res.json(await detectChurnRisks(db, new Date()));
  });
  return router;
}

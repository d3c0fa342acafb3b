import { Router } from 'express';
import type { Knex } from 'knex';
import { contextOf } from '../requestParts.js';
import { AppError } from '../../errors.js';
import { forbidden } from '../../auth/policy.js';
import { isManager } from '../../resources/access.js';
import { jobNamed, jobs } from '../../jobs/registry.js';
import { jobStatuses, runJob } from '../../jobs/runner.js';

/** The periodic jobs under /api/care/jobs: managers see when each last ran and what it did, and may run one now. */
export function careJobsRoutes(db: Knex): Router {
  const router = Router();
  const managers = (req: Parameters<typeof contextOf>[0]) => {
    if (!isManager(contextOf(req).actor.role)) throw forbidden();
  };
  router.get('/care/jobs', async (req, res) => {
    managers(req);
    res.json(await jobStatuses(db, jobs));
  });
  router.post('/care/jobs/:name/run', async (req, res) => {
    managers(req);
    const job = jobNamed(String(req.params.name));
    if (!job) throw new AppError(404, 'not_found');
    const outcome = await runJob(db, job, { force: true });
    // another process (or a click a moment ago) holds it: say so rather than wait
    if (!outcome.ran) throw new AppError(409, 'conflict');
    res.json(outcome);
  });
  return router;
}

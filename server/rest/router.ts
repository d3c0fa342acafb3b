import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { parseListQuery } from './listQuery.js';
import { contextOf, idOf, resourceOf } from './requestParts.js';
import { ResourceService } from './service.js';
import { bulkRoutes } from './bulk/routes.js';
import { exportRoutes } from './export/routes.js';
import { importRoutes } from './import/routes.js';
import { eventRoutes } from './events/routes.js';
import { careSettingsRoutes } from './care/settingsRoutes.js';
import { complaintRoutes } from './complaints/routes.js';
import { followUpRoutes } from './followups/routes.js';
import { appointmentRoutes } from './appointments/routes.js';
import { churnRoutes } from './churn/routes.js';
import { careJobsRoutes } from './care/jobsRoutes.js';
import { todayRoutes } from './today/routes.js';
import { greetingRoutes } from './greetings/routes.js';
import { analyticsRoutes } from './analytics/routes.js';
import { duplicateRoutes } from './duplicates/routes.js';
import { collectAfterHeavyJobs } from '../memory.js';
import { customFieldRoutes } from './customFields/routes.js';

/**
 * The ra-data-simple-rest protocol over every resource in the registry, plus what the stock protocol lacks:
 * export, import and bulk changes (registered first: `/customers/export` is not the record with id "export").
 */
export function resourceRouter(db: Knex): Router {
  const service = new ResourceService(db);
  const router = Router();
  router.use(collectAfterHeavyJobs);
  router.use(exportRoutes(db, service));
  router.use(importRoutes(db, service));
  router.use(bulkRoutes(db, service));
  router.use(eventRoutes(db, service));
  router.use(careSettingsRoutes(db));
  router.use(complaintRoutes(db, service));
  router.use(followUpRoutes(db, service));
  router.use(appointmentRoutes(db));
  router.use(churnRoutes(db));
  router.use(careJobsRoutes(db));
  router.use(todayRoutes(db));
  router.use(greetingRoutes(db));
  router.use(analyticsRoutes(db));
  router.use(duplicateRoutes(db));
  router.use(customFieldRoutes(db, service));

  router.get('/:resource', async (req: Request, res: Response) => {
    const def = resourceOf(req);
    const query = parseListQuery(def, req.query as Record<string, unknown>);
    const { rows, total } = await service.list(def, query, contextOf(req));
    const [start] = query.range;
    const span = rows.length ? `${start}-${start + rows.length - 1}` : '*';
    res.set('Content-Range', `${def.name} ${span}/${total}`);
    res.json(rows);
  });

  router.get('/:resource/:id', async (req, res) => {
    res.json(await service.getOne(resourceOf(req), idOf(req), contextOf(req)));
  });

  router.post('/:resource', async (req, res) => {
    res.status(201).json(await service.create(resourceOf(req), req.body, contextOf(req)));
  });

  const update = async (req: Request, res: Response) => {
    res.json(await service.update(resourceOf(req), idOf(req), req.body, contextOf(req)));
  };
  router.put('/:resource/:id', update);
  router.patch('/:resource/:id', update);

  router.delete('/:resource/:id', async (req, res) => {
    res.json(await service.remove(resourceOf(req), idOf(req), contextOf(req)));
  });

  return router;
}

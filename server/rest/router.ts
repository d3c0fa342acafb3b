import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { getResource } from '../resources/index.js';
import type { ResourceDef } from '../resources/types.js';
import { AppError, badRequest } from '../errors.js';
import { parseListQuery } from './listQuery.js';
import { reason } from './reasons.js';
import { ResourceService, type Context } from './service.js';
import '../auth/request.js';

function resourceOf(req: Request): ResourceDef {
  const def = getResource(String(req.params.resource));
  if (!def) throw new AppError(404, 'unknown_resource');
  return def;
}

/** Who asks; `requireActor` has run before this router. */
function contextOf(req: Request): Context {
  if (!req.actor) throw new AppError(401, 'unauthenticated');
  return { actor: req.actor, requestId: String(req.id ?? '') };
}

function idOf(req: Request): number {
  const raw = String(req.params.id);
  const id = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) throw badRequest({ id: reason('not_id') });
  return id;
}

/** The ra-data-simple-rest protocol over every resource in the registry. */
export function resourceRouter(db: Knex): Router {
  const service = new ResourceService(db);
  const router = Router();

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

import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Knex } from 'knex';
import { dialectOf } from './db/connect.js';
import { AppError } from './errors.js';
import { errorHandler } from './rest/errorHandler.js';
import { buildMeta } from './rest/meta.js';
import { buildOpenApi } from './rest/openapi.js';
import { resourceRouter } from './rest/router.js';

export interface AppOptions {
  /** the built client to serve, if any */
  clientDir?: string;
  /** runs before every API request (the benchmark's timer) */
  beforeApi?: express.RequestHandler;
}

export function createApp(db: Knex, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  const api = express.Router();
  if (options.beforeApi) api.use(options.beforeApi);
  api.use(express.json({ limit: '1mb' }));
  api.use((_req, res, next) => {
    res.set('Access-Control-Expose-Headers', 'Content-Range');
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.get('/health', async (_req, res) => {
    await db.raw('select 1');
    res.json({ status: 'ok', database: dialectOf(db) });
  });
  const meta = buildMeta();
  api.get('/meta', (_req, res) => void res.json(meta));
  const openapi = buildOpenApi();
  api.get('/openapi.json', (_req, res) => void res.json(openapi));
  api.use(resourceRouter(db));
  api.use((_req, _res, next) => next(new AppError(404, 'unknown_resource')));
  api.use(errorHandler);
  app.use('/api', api);

  const dir = options.clientDir;
  if (dir && fs.existsSync(path.join(dir, 'index.html'))) {
    app.use(express.static(dir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(dir, 'index.html')));
  }
  return app;
}

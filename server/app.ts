import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { loadConfig, type Config } from './config.js';
import { dialectOf } from './db/connect.js';
import { AppError } from './errors.js';
import { createLogger, requestLogger } from './logger.js';
import { authenticate, requireActor, requireCsrf } from './auth/middleware.js';
import { authRouter } from './auth/routes.js';
import { authSettings } from './auth/settings.js';
import { errorHandler } from './rest/errorHandler.js';
import { headline, localeOf } from './rest/reasons.js';
import type { Lifecycle } from './lifecycle.js';
import { buildMeta } from './rest/meta.js';
import { builtPerGeneration, customFieldsCurrent } from './rest/customFieldsCurrent.js';
import { buildOpenApi } from './rest/openapi.js';
import { resourceRouter } from './rest/router.js';
import { loyaltyRouter } from './rest/loyalty/routes.js';
import { ResourceService } from './rest/service.js';

export interface AppOptions {
  /** defaults to the environment's configuration */
  config?: Config;
  logger?: Logger;
  /** the built client to serve, if any */
  clientDir?: string;
  /** graceful shutdown: marks answers while draining, and /api/health answers 503 then */
  lifecycle?: Lifecycle;
  /** runs before every API request (the benchmark's timer) */
  beforeApi?: express.RequestHandler;
}

export const BODY_LIMIT = '1mb';

export function createApp(db: Knex, options: AppOptions = {}): Express {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const settings = authSettings(config);
  const app = express();
  app.disable('x-powered-by');
  const lifecycle = options.lifecycle;
  if (lifecycle) app.use(lifecycle.middleware());
  app.set('query parser', 'simple');
  if (config.TRUST_PROXY) app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
  app.use(helmet({
    // the app may be served over plain HTTP on a LAN address; upgrading would break it
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    strictTransportSecurity: config.COOKIE_SECURE,
  }));

  const api = express.Router();
  api.use(requestLogger(logger));
  // closed unless origins are configured: a browser on another site gets no CORS headers at all
  if (config.CORS_ORIGINS.length) {
    api.use(cors({ origin: config.CORS_ORIGINS, credentials: true, exposedHeaders: ['Content-Range', 'X-Request-Id'] }));
  }
  if (options.beforeApi) api.use(options.beforeApi);
  api.use(express.json({ limit: BODY_LIMIT }));
  api.use((_req, res, next) => {
    res.set('Access-Control-Expose-Headers', 'Content-Range');
    res.set('Cache-Control', 'no-store');
    next();
  });
  // for a proxy's health checks: 503 while shutting down or while the database cannot be reached
  api.get('/health', async (req, res) => {
    if (lifecycle?.draining) {
      res.status(503).set('Retry-After', '5').json({ status: 'shutting_down', message: headline.shutting_down[localeOf(req.headers['accept-language'])] });
      return;
    }
    await db.raw('select 1');
    res.json({ status: 'ok', database: dialectOf(db) });
  });
  // the admin's custom fields, merged into the definitions every route reads (changed ones seen at once)
  api.use(customFieldsCurrent(db));
  // field metadata and the API description hold no records: the sign-in page reads them before anyone signs in
  const meta = builtPerGeneration(buildMeta);
  api.get('/meta', (_req, res) => void res.json(meta()));
  const openapi = builtPerGeneration(buildOpenApi);
  api.get('/openapi.json', (_req, res) => void res.json(openapi()));
  api.use(authenticate(db, settings));
  api.use('/auth', authRouter(db, settings));
  api.use(requireActor, requireCsrf);
  api.use('/loyalty', loyaltyRouter(db, new ResourceService(db)));
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

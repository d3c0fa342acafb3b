import { Router } from 'express';
import type { Knex } from 'knex';
import { contextOf } from '../requestParts.js';
import { AppError } from '../../errors.js';
import { forbidden } from '../../auth/policy.js';
import { isManager } from '../../resources/access.js';
import { allCareSettings, careSetting, isCareSettingKey, saveCareSetting } from '../../domain/care/settings.js';

/** The care team's rules under /api/care/settings: everyone signed in reads them, cs_manager and admin change them. */
export function careSettingsRoutes(db: Knex): Router {
  const router = Router();
  router.get('/care/settings', async (req, res) => {
    contextOf(req);
    res.json(await allCareSettings(db));
  });
  router.get('/care/settings/:key', async (req, res) => {
    contextOf(req);
    const key = String(req.params.key);
    if (!isCareSettingKey(key)) throw new AppError(404, 'not_found');
    res.json(await careSetting(db, key));
  });
  router.put('/care/settings/:key', async (req, res) => {
    const ctx = contextOf(req);
    if (!isManager(ctx.actor.role)) throw forbidden();
    const key = String(req.params.key);
    if (!isCareSettingKey(key)) throw new AppError(404, 'not_found');
    res.json(await saveCareSetting(db, key, req.body, ctx));
  });
  return router;
}

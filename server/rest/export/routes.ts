import { Router } from 'express';
import type { Knex } from 'knex';
import type { ResourceService } from '../service.js';

/** The export endpoints (issue 4). */
export function exportRoutes(db: Knex, service: ResourceService): Router {
  void db;
  void service;
  return Router();
}

import { Router } from 'express';
import type { Knex } from 'knex';
import type { ResourceService } from '../service.js';

/** The bulk endpoints (issue 4). */
export function bulkRoutes(db: Knex, service: ResourceService): Router {
  void db;
  void service;
  return Router();
}

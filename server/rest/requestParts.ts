import type { Request } from 'express';
import { getResource } from '../resources/index.js';
import type { ResourceDef } from '../resources/types.js';
import { AppError, badRequest } from '../errors.js';
import { reason } from './reasons.js';
import type { Context } from './service.js';
import '../auth/request.js';

/** The resource a request names; unknown names are refused before any SQL runs. */
export function resourceOf(req: Request): ResourceDef {
  const def = getResource(String(req.params.resource));
  if (!def) throw new AppError(404, 'unknown_resource');
  return def;
}

/** Who asks; `requireActor` has run before the resource routes. */
export function contextOf(req: Request): Context {
  if (!req.actor) throw new AppError(401, 'unauthenticated');
  return { actor: req.actor, requestId: String(req.id ?? '') };
}

export function idOf(req: Request): number {
  const raw = String(req.params.id);
  const id = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  // ids are 32-bit: PostgreSQL refuses a larger one with an error (a 500), SQLite just finds nothing
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) throw badRequest({ id: reason('not_id') });
  return id;
}

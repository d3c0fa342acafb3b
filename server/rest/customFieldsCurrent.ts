import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { resources } from '../resources/index.js';
import { customFieldsGeneration, markCustomFieldsStale, refreshCustomFields } from '../domain/customFields/registry.js';

/**
 * Before each API request: the definitions carry the admin's current custom fields (registry.ts). A write to
 * the field definitions marks them stale again once answered, so the next request, from whichever screen,
 * sees the committed change.
 */
export function customFieldsCurrent(db: Knex): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.path.startsWith('/custom_fields')) res.on('finish', markCustomFieldsStale);
    refreshCustomFields(db, resources).then(() => next(), next);
  };
}

/** A value built from the definitions, built again only when the custom fields changed. */
export function builtPerGeneration<T>(build: () => T): () => T {
  let built: { generation: number; value: T } | null = null;
  return () => {
    if (built?.generation !== customFieldsGeneration()) built = { generation: customFieldsGeneration(), value: build() };
    return built.value;
  };
}

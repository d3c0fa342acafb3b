import type { Express } from 'express';
import { resources } from '../../../server/resources/index.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One route as Express declares it, e.g. `PUT /api/:resource/:id`. */
export interface RouteTemplate {
  method: Method;
  path: string;
}

/** A route with `:resource` filled in from the registry (other parameters are filled per request). */
export interface Target extends RouteTemplate {
  template: string;
  resource?: string;
}

interface Layer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** Every route of the running app, walking nested routers (Express 5 keeps a mounted router's path on its layer). */
export function routesOf(app: Express): RouteTemplate[] {
  const out: RouteTemplate[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const m of Object.keys(layer.route.methods)) {
          out.push({ method: m.toUpperCase() as Method, path: `${prefix}${String(layer.route.path)}` });
        }
      } else if (layer.handle.stack) {
        const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle.stack, prefix + mount);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return out;
}

/**
 * The routes to fuzz: each template, with `:resource` expanded to every resource of the registry. A fixed path
 * (`/api/events/plan/:year`) shadows the generic template only for its own resource, which is fine: both get sent.
 */
export function targetsOf(templates: readonly RouteTemplate[]): Target[] {
  const names = Object.keys(resources);
  return templates.flatMap((t) => (t.path.includes(':resource')
    ? names.map((name) => ({ ...t, template: t.path, resource: name, path: t.path.replace(':resource', name) }))
    : [{ ...t, template: t.path }]));
}

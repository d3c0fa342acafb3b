import type { RequestHandler } from 'express';
import v8 from 'node:v8';
import vm from 'node:vm';

// V8 keeps the garbage of a big job (10,000-row bulk change, 100,000-row import or export) for a long while and
// the process stays large; one full collection once such a job has answered gives the memory back at once.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

const COLLECTION = /^\/[a-z_]+$/;
const JOB = /^\/[a-z_]+\/(export|import|bulk\/undo)$/;

/** After a bulk change, import or export has been answered, collects garbage (off the request's path). */
export const collectAfterHeavyJobs: RequestHandler = (req, res, next) => {
  const bulk = (req.method === 'PATCH' || req.method === 'DELETE') && COLLECTION.test(req.path);
  if (bulk || JOB.test(req.path)) {
    res.once('finish', () => setImmediate(collect));
  }
  next();
};

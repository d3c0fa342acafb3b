import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import type { ResourceService } from '../service.js';
import { AppError, badRequest } from '../../errors.js';
import { can, forbidden, mayEdit } from '../../auth/policy.js';
import { hasRight, ownCustomersOnly } from '../../auth/roles.js';
import { contextOf, resourceOf } from '../requestParts.js';
import { headline, localeOf, reason, say } from '../reasons.js';
import { matchColumns, missingRequired, parseMapping } from './columns.js';
import { Importer, newBatchId } from './importer.js';
import type { DuplicatePolicy } from './report.js';
import { openSheet } from './sheet.js';
import { discard, receiveUpload } from './upload.js';
import { holdLock } from '../../db/locks.js';

const POLICIES: readonly DuplicatePolicy[] = ['skip', 'update', 'create'];

function choice<T extends string>(name: string, raw: string | undefined, options: readonly T[], fallback: T): T {
  if (raw === undefined || raw === '') return fallback;
  if ((options as readonly string[]).includes(raw)) return raw as T;
  throw badRequest({ [name]: reason('bad_choice', { options: options.join(', ') }) });
}

/** Who may import: the `import` right, creating records of the resource, and updating them to merge duplicates. */
function guard(req: Request, duplicates: DuplicatePolicy | null): void {
  const def = resourceOf(req);
  const { actor } = contextOf(req);
  if (!def.importable) throw new AppError(400, 'not_importable');
  // scoped roles (sales consultants) have no import right; refusing them here keeps the owner rules trivially true
  if (!hasRight(actor, 'import') || !can(actor, def, 'create') || ownCustomersOnly.includes(actor.role)) throw forbidden();
  if (duplicates === 'update' && !can(actor, def, 'update')) throw forbidden({ duplicates: reason('not_allowed') });
}

/**
 * `POST /api/:resource/import`, multipart: `file` (CSV or XLSX), optional `mapping` (JSON header → field or
 * null), `duplicates` (skip | update | create) and `dryRun` (true unless "false"). Answers the report of
 * `report.ts`; a commit writes the valid rows in one transaction.
 */
export function importRoutes(db: Knex, service: ResourceService): Router {
  void service;
  const router = Router();
  router.post('/:resource/import', async (req, res) => {
    try {
      guard(req, null);
    } catch (err) {
      req.resume(); // let the client finish sending before it reads the refusal
      throw err;
    }
    const def = resourceOf(req);
    const locale = localeOf(req.headers['accept-language']);
    const upload = await receiveUpload(req);
    try {
      const duplicates = choice('duplicates', upload.fields.duplicates, POLICIES, 'skip');
      const dryRun = choice('dryRun', upload.fields.dryRun, ['true', 'false'], 'true') !== 'false';
      guard(req, def.importable?.duplicateKey ? duplicates : null);
      const mapping = parseMapping(upload.fields.mapping);
      const sheet = await openSheet(upload.file, upload.filename);
      const columns = matchColumns(def, sheet.headers, mapping);
      // a column filling a custom field the role may not change is left unmapped (reported as ignored)
      for (const c of columns) if (c.field && req.actor && !mayEdit(req.actor, def, c.field)) Object.assign(c, { field: null, matchedBy: null });
      const missing = missingRequired(def, columns);
      if (missing.length) {
        const errors = Object.fromEntries(missing.map((f) => [f, say(reason('required'), locale)]));
        res.status(400).json({
          message: `${headline.missing_columns[locale]}: ${missing.join(', ')}`,
          errors, columns, missingRequired: missing,
        });
        return;
      }
      const ctx = { ...contextOf(req), batchId: dryRun ? undefined : newBatchId() };
      const importer = new Importer(db, { def, ctx, columns, duplicates, dryRun, locale });
      const report = dryRun ? await importer.run(sheet, null) : await db.transaction(async (trx) => {
        // two imports into one resource (a double submit through two processes) run one after the other, so the
        // second sees the first's rows and its duplicate policy applies to them
        await holdLock(trx, `import:${def.name}`);
        return importer.run(sheet, trx);
      });
      res.json(report);
    } finally {
      discard(upload.file);
    }
  });
  return router;
}

import { Router, type Response } from 'express';
import type { Knex } from 'knex';
import { writeAudit } from '../../domain/audit.js';
import { resourceLabel } from '../../domain/labels.js';
import type { ResourceDef } from '../../resources/types.js';
import { contextOf, resourceOf } from '../requestParts.js';
import type { ResourceService } from '../service.js';
import type { Locale } from '../reasons.js';
import { localToday } from './columns.js';
import { exportRows } from './exporter.js';
import { assertMayExport, parseExportRequest } from './request.js';
import { csvWriter, xlsxWriter, type TableWriter } from './writers.js';

/** RFC 5987 value: percent-encoded UTF-8, with the characters encodeURIComponent leaves but the header may not hold. */
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `客户档案-2026-11-23.csv` for browsers, `customers-2026-11-23.csv` for the rest. */
function disposition(def: ResourceDef, locale: Locale, extension: string): string {
  const day = localToday();
  const ascii = `${def.name}-${day}.${extension}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(`${resourceLabel(def, locale)}-${day}.${extension}`)}`;
}

/**
 * `GET /api/:resource/export?format=csv|xlsx&filter=…&sort=…&locale=zh|en&columns=[…]`: the list as a file,
 * every matching row (not the page), headers and labels in the reader's language. One audit row per export.
 */
export function exportRoutes(db: Knex, service: ResourceService): Router {
  const router = Router();

  router.get('/:resource/export', async (req, res: Response) => {
    const def = resourceOf(req);
    const ctx = contextOf(req);
    assertMayExport(ctx.actor, def);
    const request = parseExportRequest(def, req, ctx.actor);
    const start = (): TableWriter => {
      const writer = request.format === 'xlsx' ? xlsxWriter(res, resourceLabel(def, request.locale)) : csvWriter(res);
      res.set('Content-Type', writer.contentType);
      res.set('Content-Disposition', disposition(def, request.locale, writer.extension));
      res.set('Access-Control-Expose-Headers', 'Content-Range, Content-Disposition');
      return writer;
    };

    const finish = (rows: number) => writeAudit(db, ctx, {
      action: 'export',
      resource: def.name,
      recordId: null,
      changes: { filter: { from: null, to: request.filter }, rows: { from: null, to: rows } },
    });
    try {
      await exportRows(db, service, def, request, ctx.actor, res, { start, finish });
    } catch (err) {
      if (!res.headersSent) throw err;
      // half a file is sent: all that is left is to cut the connection, so the download shows as failed
      req.log?.error({ err }, 'export failed while streaming');
      res.destroy();
    }
  });

  return router;
}

import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { contextOf, idOf } from '../requestParts.js';
import type { ResourceService } from '../service.js';
import { getResource } from '../../resources/index.js';
import { AppError, badRequest } from '../../errors.js';
import { reason } from '../reasons.js';
import { forbidden } from '../../auth/policy.js';
import { isManager } from '../../resources/access.js';
import type { Actor } from '../../auth/roles.js';
import { writeAudit } from '../../domain/audit.js';
import { decideAdjustment } from '../../domain/loyalty/adjustments.js';
import { applyExpiry, previewExpiry } from '../../domain/loyalty/expiry.js';
import { reverseEntry } from '../../domain/loyalty/ledger.js';
import { applyTiers, previewTiers } from '../../domain/loyalty/recalc.js';
import { assertVersion, checkDraft, loadRules, loadTiers, rulesDocument, rulesVersions, saveRules } from '../../domain/loyalty/rules.js';
import { customerLoyalty } from '../../domain/loyalty/summary.js';
import type { ApplyRequest, ExpiryRequest, PreviewRequest, RulesChange } from '../../domain/loyalty/types.js';

function managerOnly(actor: Actor): void {
  if (!isManager(actor.role)) throw forbidden();
}

function bodyOf<T>(req: Request): Partial<T> {
  const body: unknown = req.body;
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest({ body: reason('not_object') });
  return body as Partial<T>;
}

/** Two managers saving at the same moment: the second one's version number is taken. */
function versionClash(e: unknown): never {
  const code = (e as { code?: string }).code;
  if (code === '23505' || code?.startsWith('SQLITE_CONSTRAINT')) throw new AppError(409, 'conflict', { version: reason('rules_changed', { version: -1 }) });
  throw e;
}

/**
 * The loyalty programme's own calls under /api/loyalty: the rules (read by everyone, changed by cs_manager
 * and admin), the what-if and the recalculation, year-end expiry, a customer's points summary, reversing a
 * ledger entry and deciding a manual adjustment.
 */
export function loyaltyRouter(db: Knex, service: ResourceService): Router {
  const router = Router();

  router.get('/rules', async (_req, res) => void res.json(await rulesDocument(db)));
  router.get('/rules/versions', async (_req, res) => void res.json(await rulesVersions(db)));

  router.put('/rules', async (req, res) => {
    const ctx = contextOf(req);
    managerOnly(ctx.actor);
    const change = bodyOf<RulesChange>(req);
    await db.transaction(async (trx) => {
      const inForce = await loadRules(trx);
      assertVersion(change.version, inForce.version);
      const draft = checkDraft(await loadTiers(trx), change.rules, change.tiers ?? []);
      const version = await saveRules(trx, ctx.actor, draft, change, inForce.version);
      await writeAudit(trx, ctx, { action: 'update', resource: 'tiers', recordId: null, title: `会员等级规则 v${version}`, changes: { rule_version: { from: inForce.version, to: version } } });
    }).catch(versionClash);
    res.json(await rulesDocument(db));
  });

  router.post('/preview', async (req, res) => {
    const ctx = contextOf(req);
    managerOnly(ctx.actor);
    res.json(await previewTiers(db, bodyOf<PreviewRequest>(req), ctx));
  });

  router.post('/apply', async (req, res) => {
    const ctx = contextOf(req);
    managerOnly(ctx.actor);
    const body = bodyOf<ApplyRequest>(req);
    res.json(await applyTiers(db, { ...body, mode: body.mode ?? 'now' } as ApplyRequest, ctx).catch(versionClash));
  });

  router.post('/expiry/preview', async (req, res) => {
    managerOnly(contextOf(req).actor);
    res.json(await previewExpiry(db, bodyOf<ExpiryRequest>(req)));
  });

  router.post('/expiry/apply', async (req, res) => {
    const ctx = contextOf(req);
    managerOnly(ctx.actor);
    res.json(await applyExpiry(db, bodyOf<ExpiryRequest>(req), ctx));
  });

  router.get('/customers/:id', async (req, res) => {
    const customers = getResource('customers');
    if (!customers) throw new AppError(404, 'unknown_resource');
    const customer = await service.getOne(customers, idOf(req), contextOf(req));
    res.json(await customerLoyalty(db, {
      id: Number(customer.id), points_balance: customer.points_balance, tier_id: customer.tier_id, tier_below_since: customer.tier_below_since,
    }));
  });

  router.post('/entries/:id/reverse', async (req, res) => {
    const ctx = contextOf(req);
    managerOnly(ctx.actor);
    const id = idOf(req);
    const { note } = bodyOf<{ note: string }>(req);
    if (typeof note !== 'string' || note.trim().length < 2) throw badRequest({ note: reason('too_short', { min: 2 }) });
    if (note.length > 500) throw badRequest({ note: reason('too_long', { max: 500 }) });
    const created = await db.transaction(async (trx) => {
      const entryId = await reverseEntry(trx, id, { author_id: ctx.actor.id, note: note.trim() });
      await writeAudit(trx, ctx, { action: 'create', resource: 'point_entries', recordId: entryId, title: 'reversal', changes: { reverses_id: { from: null, to: id } } });
      return entryId;
    });
    res.status(201).json({ id: created });
  });

  for (const decision of ['approve', 'reject'] as const) {
    router.post(`/adjustments/:id/${decision}`, async (req, res) => {
      const { note } = bodyOf<{ note: string }>(req);
      await decideAdjustment(db, idOf(req), decision, note, contextOf(req));
      res.json({ ok: true });
    });
  }

  return router;
}

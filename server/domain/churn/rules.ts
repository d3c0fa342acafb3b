import type { Knex } from 'knex';
import type { Row, RowChange, RowsHook } from '../../resources/types.js';
import { reason } from '../../rest/reasons.js';
import { badRequest } from '../../errors.js';

/**
 * Working a churn risk: open → contacting → won_back | lost (an open one may be closed straight away);
 * won_back and lost are final. Closing takes an outcome that fits how it ended (won back: came back, booked a
 * service, renewed the insurance, bought again; lost: declined, unreachable, moved away); an open risk has no
 * outcome yet. The server stamps closed_at, and a risk nobody was named for goes to the customer's owner.
 */
export const FLOW: Record<string, readonly string[]> = {
  open: ['contacting', 'won_back', 'lost'],
  contacting: ['open', 'won_back', 'lost'],
  won_back: [],
  lost: [],
};

export const OUTCOMES: Record<'won_back' | 'lost', readonly string[]> = {
  won_back: ['returned', 'booked_service', 'renewed_insurance', 'bought_again'],
  lost: ['declined', 'unreachable', 'moved_away'],
};

const isClosed = (s: string): s is 'won_back' | 'lost' => s === 'won_back' || s === 'lost';

function checkOne({ before, after }: RowChange): void {
  if (!after) return;
  const from = before ? String(before.status) : null;
  const to = String(after.status);
  if (from === null && to !== 'open') throw badRequest({ status: reason('status_flow', { from: '-', to }) });
  if (from !== null && from !== to && !FLOW[from]?.includes(to)) throw badRequest({ status: reason('status_flow', { from, to }) });
  const outcome = after.outcome == null ? null : String(after.outcome);
  if (isClosed(to)) {
    if (outcome === null) throw badRequest({ outcome: reason('required') });
    if (!OUTCOMES[to].includes(outcome)) throw badRequest({ outcome: reason('churn_outcome_mismatch', { options: OUTCOMES[to].join(', ') }) });
  } else if (outcome !== null) throw badRequest({ outcome: reason('churn_outcome_open') });
}

async function stamp(trx: Knex.Transaction, changes: readonly RowChange[]): Promise<void> {
  const closed = changes
    .filter((c) => c.after && isClosed(String(c.after.status)) && !(c.before && isClosed(String(c.before.status))))
    .map((c) => Number(c.after?.id));
  if (closed.length) await trx('churn_risks').whereIn('id', closed).update({ closed_at: new Date().toISOString() });
  const ownerless = changes.filter((c) => !c.before && c.after && c.after.owner_id == null).map((c) => c.after as Row);
  if (!ownerless.length) return;
  const owners: Row[] = await trx('customers').whereIn('id', ownerless.map((r) => Number(r.customer_id))).whereNotNull('owner_id').select('id', 'owner_id');
  for (const o of owners) {
    await trx('churn_risks').whereIn('id', ownerless.filter((r) => Number(r.customer_id) === Number(o.id)).map((r) => Number(r.id)))
      .update({ owner_id: o.owner_id });
  }
}

export const checkChurnChanges: RowsHook = async (trx, changes) => {
  for (const change of changes) checkOne(change);
  await stamp(trx, changes);
};

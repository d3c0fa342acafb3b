import type { Knex } from 'knex';

/** Totals below this are always counted exactly: a short list's total must follow every change at once. */
const LARGE = 10_000;
/** How long a large total is reused: the pager may say 100,000 for a few seconds while it is 100,003. */
const TTL_MS = 5_000;
const MAX_ENTRIES = 1_000;

interface Kept {
  n: number;
  at: number;
}

/**
 * The total of a list page (Content-Range). Counting 100,000 customers costs PostgreSQL 10–25 ms of CPU for every
 * page turn of every user, the largest share of a list request; a large total is therefore reused for a few
 * seconds per exact query (filters, search and the caller's own-customer scope are part of its SQL), per process.
 */
export class ListTotals {
  private readonly kept = new Map<string, Kept>();

  async count(query: Knex.QueryBuilder, now = Date.now()): Promise<number> {
    const key = query.toString();
    const hit = this.kept.get(key);
    if (hit && now - hit.at < TTL_MS) return hit.n;
    const row = (await query.first()) as { n?: unknown } | undefined;
    const n = Number(row?.n ?? 0);
    if (n >= LARGE) {
      if (this.kept.size >= MAX_ENTRIES) this.kept.clear();
      this.kept.set(key, { n, at: now });
    } else if (hit) {
      this.kept.delete(key);
    }
    return n;
  }
}

export const listTotals = new ListTotals();

import type { Knex } from 'knex';

interface DuplicatesBench {
  db: Knex;
  base: string;
  tokens: { admin: string; sales: string };
  /** times the server side of the requests made by `step` */
  measure: (label: string, runs: number, target: number | undefined, step: (i: number) => Promise<unknown>) => Promise<void>;
}

const OWN_TARGET_MS = 30;
const LIST_TARGET_MS = 300;

/**
 * Possible duplicate customers on the full data set: the list's first page (all pairs, by a reason, a sales
 * consultant's own), and one customer's candidates, the hint on every customer's page, for customers with a
 * planted second record and for customers with none (most of them).
 */
export async function benchDuplicates({ db, base, tokens, measure }: DuplicatesBench): Promise<void> {
  const fetchJson = async (path: string, token = tokens.admin) => {
    const res = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return res.json() as Promise<{ total?: number; pairs: { key: string }[] }>;
  };
  console.log('');
  const first = await fetchJson('/duplicates?offset=0&limit=25');
  console.log(`${'Proposed pairs (all customers)'.padEnd(58)} ${first.total}`);
  await measure('Duplicates: first page of 25 of all pairs, with counts', 20, LIST_TARGET_MS, () => fetchJson('/duplicates?offset=0&limit=25'));
  await measure('Duplicates: first page of pairs by a reason or a level', 20, LIST_TARGET_MS, (i) =>
    fetchJson(i % 2 ? '/duplicates?offset=0&limit=25&reason=phone' : '/duplicates?offset=0&limit=25&level=high'));
  await measure('Duplicates: a sales consultant\'s own pairs, first page', 20, LIST_TARGET_MS, () =>
    fetchJson('/duplicates?offset=0&limit=25', tokens.sales));

  // customers of the proposed pairs (each has candidates), and customers spread over the ids (most have none)
  const paired = first.pairs.flatMap((p) => p.key.split('-').map(Number));
  const maxId = Number((await db('customers').max({ m: 'id' }).first())?.m);
  const spread = Array.from({ length: 50 }, (_, i) => 1 + ((i * 7919) % maxId));
  await measure('Duplicates: one customer\'s candidates (one of a pair)', 40, OWN_TARGET_MS, (i) =>
    fetchJson(`/duplicates/customers/${paired[i % paired.length]}`));
  await measure('Duplicates: one customer\'s candidates (any customer)', 50, OWN_TARGET_MS, (i) =>
    fetchJson(`/duplicates/customers/${spread[i % spread.length]}`));
}

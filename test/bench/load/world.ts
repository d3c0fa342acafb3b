import type { Knex } from 'knex';

/** What the virtual users choose from: customers to open and edit, words to search for, filter values. */
export interface World {
  /** a sample of customer ids spread over the whole table (anyone in the CS team may open them) */
  ids: number[];
  /** the sales consultant's own customers */
  ownIds: number[];
  /** `q` searches: whole names, pinyin, phone fragments */
  terms: string[];
  /** `q` searches that find the sales consultant's own customers */
  ownTerms: string[];
  tiers: number[];
  regions: string[];
}

const PINYIN = ['zhang', 'wangf', 'liu', 'chen', 'zhao', 'lij', 'huang', 'zhou'];

/** Phone fragments as people type them: four or five digits from the middle of a number. */
const phoneFragment = (phone: string | null, i: number) => (phone ?? '').replace(/\D/g, '').slice(3 + (i % 3), 7 + (i % 2) + (i % 3));

export async function loadWorld(db: Knex, salesUsername: string): Promise<World> {
  const total = Number((await db('customers').count({ n: '*' }).first())?.n);
  const step = Math.max(1, Math.floor(total / 20_000));
  const ids = (await db('customers').whereRaw(`id % ${step} = 0`).orderBy('id').limit(20_000).pluck('id')).map(Number);
  const sales = await db('users').where({ username: salesUsername }).first('id');
  if (!sales) throw new Error(`the bench database has no user ${salesUsername} (demo staff missing)`);
  const ownIds = (await db('customers').where({ owner_id: sales.id }).orderBy('id').pluck('id')).map(Number);
  if (ownIds.length < 10) throw new Error(`${salesUsername} owns ${ownIds.length} customers: too few for the load test`);
  const sample: { name: string; phone: string | null }[] = await db('customers').whereNotNull('phone')
    .orderBy('id').offset(Math.floor(total / 3)).limit(100).select('name', 'phone');
  const own: { name: string; phone: string | null }[] = await db('customers').where({ owner_id: sales.id })
    .orderBy('id').limit(100).select('name', 'phone');
  const termsOf = (rows: typeof sample) => rows.flatMap((c, i) => [c.name, phoneFragment(c.phone, i)]).filter((t) => t.length >= 2);
  return {
    ids,
    ownIds,
    terms: [...termsOf(sample), ...PINYIN],
    ownTerms: [...termsOf(own), ...PINYIN],
    tiers: (await db('tiers').pluck('id')).map(Number),
    regions: await db('lookups').where({ type: 'region' }).pluck('code'),
  };
}

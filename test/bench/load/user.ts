import type { Random } from './random.js';
import type { Recorder, Kind } from './recorder.js';
import type { Session } from './session.js';
import type { World } from './world.js';
import type { Answer } from './http.js';

export type Persona = 'manager' | 'specialist' | 'sales';

type Action = 'listCustomers' | 'search' | 'listRelated' | 'open' | 'edit' | 'bulk';

/**
 * What each kind of user does, by weight. Over the team of the load test (3 managers, 9 specialists,
 * 8 sales consultants) this comes to about 60% lists and searches, 20% reads, 15% edits, 5% bulk edits.
 * Only managers and specialists have the bulk right.
 */
export const MIX: Record<Persona, Record<Action, number>> = {
  manager: { listCustomers: 30, search: 18, listRelated: 12, open: 15, edit: 13, bulk: 12 },
  specialist: { listCustomers: 30, search: 18, listRelated: 12, open: 19, edit: 15, bulk: 6 },
  sales: { listCustomers: 32, search: 18, listRelated: 12, open: 22, edit: 16, bulk: 0 },
};

const SORTS: readonly [string, 'ASC' | 'DESC'][] = [
  ['updated_at', 'DESC'], ['name', 'ASC'], ['points_balance', 'DESC'], ['last_visit_date', 'DESC'], ['id', 'DESC'],
];
const STAGES = ['potential', 'developing', 'growing', 'mature'];
const TYPES = ['prospect', 'owner', 'fleet'];
const CHANNELS = ['phone', 'sms', 'wechat', 'email', 'visit'];
const POTENTIAL = ['high', 'medium', 'low'];

export interface UserRun {
  session: Session;
  persona: Persona;
  world: World;
  rnd: Random;
  rec: Recorder;
  /** pause between actions, ms (0 in the saturation phase) */
  think: () => number;
  /** no action starts after this (performance.now()) */
  until: number;
}

/** A list filter a person would set on the customers list: none, tier, region, both, stage or type. */
function customerFilter(r: UserRun): Record<string, unknown> {
  const { rnd, world } = r;
  switch (rnd.int(0, 5)) {
    case 0: return {};
    case 1: return { tier_id: rnd.pick(world.tiers) };
    case 2: return { region: rnd.pick(world.regions) };
    case 3: return { tier_id: rnd.pick(world.tiers), region: rnd.pick(world.regions) };
    case 4: return { lifecycle_stage: rnd.pick(STAGES) };
    default: return { customer_type: rnd.pick(TYPES) };
  }
}

/** Page 1 most often, as people read lists; sometimes a few pages further. */
const pageOf = (rnd: Random, perPage: number): [number, number] => {
  const page = rnd.next() < 0.6 ? 0 : rnd.int(1, 8);
  return [page * perPage, page * perPage + perPage - 1];
};

async function call(r: UserRun, kind: Kind, label: string, request: () => Promise<Answer>, conflictAllowed = false): Promise<Answer | null> {
  try {
    const a = await request();
    return r.rec.answer(kind, label, a, conflictAllowed) ? a : null;
  } catch (e) {
    r.rec.network(label, e);
    return null;
  }
}

const customerId = (r: UserRun) => r.rnd.pick(r.persona === 'sales' ? r.world.ownIds : r.world.ids);

const actions: Record<Action, (r: UserRun) => Promise<unknown>> = {
  listCustomers: (r) => call(r, 'list', 'GET /customers', () => r.session.get('/customers', {
    sort: r.rnd.pick(SORTS), range: pageOf(r.rnd, r.rnd.next() < 0.8 ? 25 : 50), filter: customerFilter(r),
  })),
  search: (r) => call(r, 'search', 'GET /customers?q', () => r.session.get('/customers', {
    sort: ['updated_at', 'DESC'], range: [0, 24], filter: { q: r.rnd.pick(r.persona === 'sales' ? r.world.ownTerms : r.world.terms) },
  })),
  listRelated: (r) => (r.rnd.next() < 0.6
    ? call(r, 'list', 'GET /follow_ups', () => r.session.get('/follow_ups', {
      sort: r.rnd.next() < 0.5 ? ['due_date', 'ASC'] : ['id', 'DESC'], range: pageOf(r.rnd, 25), filter: r.rnd.next() < 0.5 ? { status: 'pending' } : {},
    }))
    : call(r, 'list', 'GET /complaints', () => r.session.get('/complaints', {
      sort: ['received_at', 'DESC'], range: pageOf(r.rnd, 25), filter: r.rnd.next() < 0.5 ? { status: 'received' } : {},
    }))),
  // the customer's page: the record, then its follow-ups tab
  open: async (r) => {
    const id = customerId(r);
    if (await call(r, 'get', 'GET /customers/:id', () => r.session.get(`/customers/${id}`))) {
      await call(r, 'list', 'GET /follow_ups (one customer)', () => r.session.get('/follow_ups', {
        sort: ['due_date', 'DESC'], range: [0, 9], filter: { customer_id: id },
      }));
    }
  },
  // the edit form: read the record, change two fields, save with the version read
  edit: async (r) => {
    const id = customerId(r);
    const read = await call(r, 'get', 'GET /customers/:id', () => r.session.get(`/customers/${id}`));
    if (!read) return;
    const { version } = JSON.parse(read.body) as { version: number };
    await new Promise((done) => setTimeout(done, r.think())); // typing
    await call(r, 'edit', 'PUT /customers/:id', () => r.session.write('PUT', `/customers/${id}`, {
      notes: `负载测试 ${r.session.username} ${new Date().toISOString()}`, preferred_channel: r.rnd.pick(CHANNELS), version,
    }), true);
  },
  // a page of 25–100 customers ticked, one field set for all of them through the bulk endpoint
  bulk: async (r) => {
    const perPage = r.rnd.pick([25, 50, 100]);
    const first = r.rnd.int(0, 20) * perPage;
    const list = await call(r, 'list', 'GET /customers (to tick)', () => r.session.get('/customers', {
      sort: ['name', 'ASC'], range: [first, first + perPage - 1], filter: customerFilter(r),
    }));
    const ids = list ? (JSON.parse(list.body) as { id: number }[]).map((c) => c.id) : [];
    if (!ids.length) return;
    const answer = await call(r, 'bulk', 'PATCH /customers', () => r.session.write('PATCH', '/customers', {
      ids, data: { relationship_potential: r.rnd.pick(POTENTIAL) },
    }));
    if (answer) r.rec.bulk(JSON.parse(answer.body) as { batchId: string; count: number });
  },
};

/** One person at work until the time is up: an action, a pause, the next action. */
export async function runUser(r: UserRun): Promise<void> {
  while (performance.now() < r.until) {
    await actions[r.rnd.weighted(MIX[r.persona])](r);
    const pause = r.think();
    if (pause > 0) await new Promise((done) => setTimeout(done, pause));
  }
}

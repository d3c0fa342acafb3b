import type { Knex } from 'knex';
import { getResource } from '../../resources/index.js';
import type { ResourceDef } from '../../resources/types.js';
import { normalizeLabel } from './columns.js';

/** Below this many rows a referenced table is read once; above it, names are looked up per chunk of rows. */
const PRELOAD_LIMIT = 5000;

interface Target {
  def: ResourceDef;
  /** the text columns a record may be named by: its title, its duplicate key, a code or user name */
  keys: string[];
  preloaded: boolean;
  ids: Set<number>;
  /** normalized name → ids of the records called that */
  byName: Map<string, number[]>;
  missingIds: Set<number>;
  missingNames: Set<string>;
}

export type Resolved = { id: number } | { ambiguous: true } | { missing: true };

/**
 * Finds referenced records by id or by name (a tier by 金卡 or gold, a sales consultant by name or user name,
 * a customer by name or phone) without a query per row: small tables are read once, large ones per chunk.
 */
export class References {
  private readonly targets = new Map<string, Target>();

  constructor(private readonly db: Knex) {}

  private async target(name: string): Promise<Target | null> {
    const known = this.targets.get(name);
    if (known) return known;
    const def = getResource(name);
    if (!def) return null;
    const keys = [...new Set([def.title, def.importable?.duplicateKey, 'code', 'username', 'name_en'])].filter(
      (k): k is string => k !== undefined && ['string', 'text'].includes(def.fields[k]?.type ?? ''),
    );
    const count = Number((await this.db(def.table).count({ n: '*' }).first())?.n ?? 0);
    const t: Target = { def, keys, preloaded: count <= PRELOAD_LIMIT, ids: new Set(), byName: new Map(), missingIds: new Set(), missingNames: new Set() };
    if (t.preloaded) this.remember(t, await this.db(def.table).select(['id', ...keys]));
    this.targets.set(name, t);
    return t;
  }

  private remember(t: Target, rows: Record<string, unknown>[]): void {
    for (const row of rows) {
      const id = Number(row.id);
      if (t.ids.has(id)) continue;
      t.ids.add(id);
      const names = new Set(t.keys.map((k) => row[k]).filter((v): v is string => typeof v === 'string' && v !== '').map(normalizeLabel));
      for (const n of names) {
        const list = t.byName.get(n);
        if (list) list.push(id);
        else t.byName.set(n, [id]);
      }
    }
  }

  /** Looks up, in as few queries as possible, what a chunk of rows names; later `resolve` calls answer from memory. */
  async prepare(wanted: Map<string, Set<string>>): Promise<void> {
    for (const [name, values] of wanted) {
      const t = await this.target(name);
      if (!t || t.preloaded) continue;
      const ids = [...values].filter((v) => /^\d{1,10}$/.test(v)).map(Number).filter((id) => !t.ids.has(id) && !t.missingIds.has(id));
      const names = [...values].filter((v) => !t.byName.has(normalizeLabel(v)) && !t.missingNames.has(v));
      if (!ids.length && !names.length) continue;
      const rows: Record<string, unknown>[] = await this.db(t.def.table)
        .select(['id', ...t.keys])
        .where((w) => {
          if (ids.length) w.orWhereIn('id', ids);
          for (const k of t.keys) if (names.length) w.orWhereIn(k, names);
        });
      this.remember(t, rows);
      for (const id of ids) if (!t.ids.has(id)) t.missingIds.add(id);
      for (const n of names) if (!t.byName.has(normalizeLabel(n))) t.missingNames.add(n);
    }
  }

  /** A cell naming a record of `name`: an id, or a name that must match exactly one record. */
  async resolve(name: string, text: string): Promise<Resolved> {
    const t = await this.target(name);
    if (!t) return { missing: true };
    if (/^\d{1,10}$/.test(text) && t.ids.has(Number(text))) return { id: Number(text) };
    const ids = t.byName.get(normalizeLabel(text));
    if (!ids) return { missing: true };
    return ids.length === 1 ? { id: ids[0] } : { ambiguous: true };
  }
}

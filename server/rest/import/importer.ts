import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { FieldDef, ResourceDef, Row, RowChange } from '../../resources/types.js';
import { isSearchable, storedFields } from '../../resources/types.js';
import { defaultOwner, maskRecord, maskValue, maySee } from '../../auth/policy.js';
import { diff, type AuditContext } from '../../domain/audit.js';
import { dialectOf } from '../../db/connect.js';
import { reason, say, type Locale, type Reason } from '../reasons.js';
import { searchTextOf } from '../service.js';
import { serialize, toColumns } from '../serialize.js';
import { forUpdate, selectList } from '../columns.js';
import { cellText, loadDictionaries, parseCell, type Dictionaries } from './cells.js';
import type { ColumnMatch } from './columns.js';
import { References } from './references.js';
import { BatchInsert } from '../../db/batchInsert.js';
import { emptyReport, ERROR_LIMIT, PREVIEW_ROWS, type DuplicatePolicy, type ImportReport } from './report.js';
import type { Sheet, SheetRow } from './sheet.js';

/**
 * Rows checked and written together: one look-up query per chunk, and few enough that their objects die young
 * (larger chunks measured 20–50 MB more peak memory at 100,000 rows for no gain in speed).
 */
const CHUNK = 100;

export interface ImportPlan {
  def: ResourceDef;
  ctx: AuditContext;
  columns: ColumnMatch[];
  duplicates: DuplicatePolicy;
  dryRun: boolean;
  locale: Locale;
}

/** One data row on its way through: parsed values, what went wrong, and what will be done with it. */
interface Draft {
  row: number;
  values: Row;
  /** the cell text of each mapped field, for the report */
  texts: Record<string, string>;
  errors: { field: string | null; reason: Reason }[];
  action?: 'create' | 'update' | 'skip';
  existing?: Row;
}

const keyOf = (values: Row, columns: string[]) => JSON.stringify(columns.map((c) => values[c] ?? null));

/**
 * The import use case: reads the sheet chunk by chunk, checks every row as the API would (with the database
 * look-ups done once per chunk, not per row), decides per row create / update / skip by the duplicate key,
 * and — unless it is a dry run — writes the valid rows and their audit rows with multi-row INSERTs inside
 * the caller's transaction. Memory stays flat: only the current chunk and the keys seen so far are held.
 */
export class Importer {
  readonly report: ImportReport;
  private readonly mapped: { index: number; header: string; field: string; def: FieldDef }[];
  private readonly headerOf = new Map<string, string>();
  private readonly dupKey: string | undefined;
  /** duplicate key / unique columns → the first row that had them */
  private readonly seen = new Map<string, number>();
  private readonly hooks = new Map<string, Row>();
  private readonly stamp = new Date().toISOString();
  private readonly createColumns: string[];
  private readonly customColumns: string[];
  private dict!: Dictionaries;
  private refs!: References;
  private writer: BatchInsert | null = null;
  private nextId = 0;

  constructor(private readonly db: Knex, private readonly plan: ImportPlan) {
    const { def, columns } = plan;
    this.report = emptyReport(plan.dryRun, columns, []);
    this.mapped = columns.flatMap((c, index) => (c.field ? [{ index, header: c.header, field: c.field, def: def.fields[c.field] }] : []));
    for (const m of this.mapped) this.headerOf.set(m.field, m.header);
    this.dupKey = def.importable?.duplicateKey;
    const filled = new Set(this.mapped.map((m) => m.field));
    for (const [name, f] of Object.entries(def.fields)) if (!f.readOnly && f.default !== undefined) filled.add(name);
    if (def.scope && 'owner' in def.scope) filled.add(def.scope.owner);
    // custom fields' values go together into the JSON column `custom`
    this.createColumns = [...filled].filter((f) => !def.fields[f]?.custom);
    this.customColumns = [...filled].filter((f) => def.fields[f]?.custom);
  }

  /** A new record's custom values as the JSON object stored (null when it has none). */
  private customOf(values: Row): string | null {
    const held = this.customColumns.filter((c) => values[c] != null && !(Array.isArray(values[c]) && !(values[c] as unknown[]).length));
    return held.length ? JSON.stringify(Object.fromEntries(held.map((c) => [c, values[c]]))) : null;
  }

  /** Runs the whole sheet; `trx` is null for a dry run (nothing is written). */
  async run(sheet: Sheet, trx: Knex.Transaction | null): Promise<ImportReport> {
    const q = trx ?? this.db;
    this.dict = await loadDictionaries(q);
    this.refs = new References(q);
    if (trx) {
      this.writer = await BatchInsert.open(trx);
      this.report.batchId = this.plan.ctx.batchId ?? null;
      if (dialectOf(trx) === 'sqlite') {
        const max = await trx(this.plan.def.table).max({ m: 'id' }).first();
        const seq = await trx('sqlite_sequence').where({ name: this.plan.def.table }).first('seq');
        this.nextId = Math.max(Number(max?.m ?? 0), Number(seq?.seq ?? 0)) + 1;
      }
    }
    try {
      let chunk: SheetRow[] = [];
      for await (const line of sheet.rows) {
        chunk.push(line);
        if (chunk.length === CHUNK) {
          await this.chunk(q, chunk);
          chunk = [];
        }
      }
      if (chunk.length) await this.chunk(q, chunk);
      if (trx && this.plan.def.afterWrite) for (const record of this.hooks.values()) await this.plan.def.afterWrite(trx, record);
    } finally {
      this.writer?.release();
    }
    return this.report;
  }

  private async chunk(q: Knex, lines: SheetRow[]): Promise<void> {
    const drafts = lines.map((line) => this.parse(line));
    await this.resolveReferences(drafts);
    await this.decide(q, drafts);
    await this.checkUnique(q, drafts);
    for (const d of drafts) this.account(d);
    if (this.writer) await this.write(q as Knex.Transaction, drafts);
  }

  private parse(line: SheetRow): Draft {
    const d: Draft = { row: line.row, values: {}, texts: {}, errors: [] };
    for (const m of this.mapped) {
      const cell = line.cells[m.index] ?? null;
      const text = cellText(cell);
      d.texts[m.field] = text;
      const parsed = parseCell(m.def, cell, this.dict);
      if (!parsed.ok) d.errors.push({ field: m.field, reason: parsed.reason });
      else d.values[m.field] = parsed.value;
    }
    return d;
  }

  private async resolveReferences(drafts: Draft[]): Promise<void> {
    const refFields = this.mapped.filter((m) => m.def.type === 'reference' && m.def.reference);
    if (!refFields.length) return;
    const wanted = new Map<string, Set<string>>();
    for (const d of drafts) {
      for (const m of refFields) {
        if (d.values[m.field] == null) continue;
        const target = m.def.reference as string;
        if (!wanted.has(target)) wanted.set(target, new Set());
        wanted.get(target)?.add(d.texts[m.field]);
      }
    }
    await this.refs.prepare(wanted);
    for (const d of drafts) {
      for (const m of refFields) {
        if (d.values[m.field] == null) continue;
        const target = m.def.reference as string;
        const text = d.texts[m.field];
        const found = await this.refs.resolve(target, text);
        if ('id' in found) d.values[m.field] = found.id;
        else {
          delete d.values[m.field];
          const r = 'ambiguous' in found
            ? reason('ambiguous_reference', { value: text, resource: target })
            : /^\d{1,10}$/.test(text) ? reason('no_such_record', { resource: target }) : reason('unknown_reference', { value: text, resource: target });
          d.errors.push({ field: m.field, reason: r });
        }
      }
    }
  }

  /** Duplicates by key: within the file (a later row repeating a key is refused) and against stored records. */
  private async decide(q: Knex, drafts: Draft[]): Promise<void> {
    const { def } = this.plan;
    const key = this.dupKey && this.headerOf.has(this.dupKey) ? this.dupKey : undefined;
    const existing = new Map<string, Row>();
    if (key) {
      const keys = [...new Set(drafts.map((d) => d.values[key]).filter((v): v is string | number => v != null && v !== ''))];
      if (keys.length) {
        const columns = Object.keys(storedFields(def));
        const rows: Row[] = await q(def.table).whereIn(`${def.table}.${key}`, keys).select(selectList(q, def, columns)).orderBy(`${def.table}.id`);
        for (const r of rows) if (!existing.has(String(r[key]))) existing.set(String(r[key]), serialize(def, r));
      }
    }
    for (const d of drafts) {
      const k = key ? d.values[key] : null;
      if (key && k != null && k !== '') {
        const seenKey = `dup:${String(k)}`;
        const first = this.seen.get(seenKey);
        if (first !== undefined) {
          d.errors.push({ field: key, reason: reason('duplicate_in_file', { value: String(k), row: first }) });
          if (this.report.duplicatesInFile.length < ERROR_LIMIT) this.report.duplicatesInFile.push({ row: d.row, key: String(k), firstRow: first });
        } else this.seen.set(seenKey, d.row);
      }
      if (d.errors.length) continue;
      const before = k != null ? existing.get(String(k)) : undefined;
      d.action = !before ? 'create' : this.plan.duplicates;
      if (before && d.action !== 'create') d.existing = before;
      if (d.action === 'skip') continue;
      this.complete(d);
    }
  }

  /** Defaults, the owner of a scoped creator, and the record's own rules, as the API's create and update apply them. */
  private complete(d: Draft): void {
    const { def, ctx } = this.plan;
    if (d.action === 'create') {
      for (const [name, f] of Object.entries(def.fields)) {
        if (f.readOnly) continue;
        if (d.values[name] == null && f.default !== undefined) d.values[name] = f.default;
        else if (d.values[name] == null && f.required) d.errors.push({ field: name, reason: reason('required') });
      }
      defaultOwner(def, ctx.actor, d.values);
    } else {
      // on update an empty cell keeps what is stored: a sheet with gaps must not wipe data
      for (const [name, v] of Object.entries(d.values)) if (v === null) delete d.values[name];
    }
    const record = { ...(d.existing ?? {}), ...d.values };
    for (const [field, r] of Object.entries(def.validate?.(record) ?? {})) d.errors.push({ field, reason: r });
  }

  /** Unique columns stay unique, against stored records and against earlier rows of the file. */
  private async checkUnique(q: Knex, drafts: Draft[]): Promise<void> {
    const { def } = this.plan;
    for (const columns of def.unique ?? []) {
      const candidates = drafts.filter((d) => (d.action === 'create' || d.action === 'update') && !d.errors.length);
      const record = (d: Draft) => ({ ...(d.existing ?? {}), ...d.values });
      const relevant = candidates.filter((d) => columns.some((c) => Object.hasOwn(d.values, c)) && columns.every((c) => record(d)[c] != null));
      if (!relevant.length) continue;
      const firstValues = [...new Set(relevant.map((d) => record(d)[columns[0]] as Knex.Value))];
      const rows: Row[] = await q(def.table).whereIn(columns[0], firstValues).select(['id', ...columns]);
      const stored = new Map(rows.map((r) => [keyOf(r, columns), Number(r.id)]));
      const field = columns[columns.length - 1];
      for (const d of relevant) {
        const k = keyOf(record(d), columns);
        const id = stored.get(k);
        if (id !== undefined && id !== d.existing?.id) {
          d.errors.push({ field, reason: reason('not_unique') });
          continue;
        }
        const seenKey = `unique:${columns.join(',')}:${k}`;
        const first = this.seen.get(seenKey);
        if (first !== undefined && first !== d.row) {
          d.errors.push({ field, reason: reason('duplicate_in_file', { value: String(record(d)[field]), row: first }) });
        } else this.seen.set(seenKey, d.row);
      }
    }
  }

  private shown(field: string, value: unknown): unknown {
    return maySee(this.plan.ctx.actor, this.plan.def, field) ? value : maskValue(value);
  }

  private account(d: Draft): void {
    const r = this.report;
    r.total++;
    if (r.preview.length < PREVIEW_ROWS) {
      const values: Row = {};
      for (const m of this.mapped) values[m.field] = Object.hasOwn(d.values, m.field) ? d.values[m.field] : d.texts[m.field] || null;
      r.preview.push(maskRecord(this.plan.def, this.plan.ctx.actor, values));
    }
    if (d.errors.length) {
      r.invalid++;
      d.action = undefined;
      for (const e of d.errors) {
        r.errorCount++;
        if (r.errors.length >= ERROR_LIMIT) continue;
        const text = e.field ? d.texts[e.field] : undefined;
        r.errors.push({
          row: d.row,
          column: (e.field && this.headerOf.get(e.field)) ?? null,
          field: e.field,
          value: text === undefined || text === '' ? null : String(this.shown(e.field as string, text)),
          reason: say(e.reason, this.plan.locale),
        });
      }
      return;
    }
    r.valid++;
    if (d.action === 'create') r.created++;
    else if (d.action === 'update') r.updated++;
    else r.skipped++;
  }

  private async write(trx: Knex.Transaction, drafts: Draft[]): Promise<void> {
    const { def } = this.plan;
    const creates = drafts.filter((d) => d.action === 'create');
    const updates = drafts.filter((d) => d.action === 'update');
    const audit: Row[] = [];
    const written: RowChange[] = [];
    if (creates.length) {
      const ids = await this.newIds(trx, creates.length);
      const rows = creates.map((d, i) => {
        const id = ids[i];
        const stored: Row = { id };
        for (const c of this.createColumns) stored[c] = this.column(c, d.values[c]);
        if (this.customColumns.length) stored.custom = this.customOf(d.values);
        Object.assign(stored, { created_at: this.stamp, updated_at: this.stamp, version: 1 });
        if (isSearchable(def)) stored.search_text = searchTextOf(def, d.values);
        const after = { ...d.values, id };
        audit.push(this.auditRow('create', id, null, after));
        this.hook(after);
        if (def.afterRows) written.push({ before: null, after: { ...stored, ...after } });
        return stored;
      });
      await this.writer?.insert(def.table, rows);
    }
    for (const d of updates) {
      const before = d.existing as Row;
      const id = Number(before.id);
      const record = { ...before, ...d.values };
      const row: Row = forUpdate(trx, { ...toColumns(def, d.values), updated_at: this.stamp, version: Number(before.version) + 1 });
      if (isSearchable(def)) row.search_text = searchTextOf(def, record);
      await trx(def.table).where({ id }).update(row);
      const changes = diff(def, before, record);
      if (Object.keys(changes).length) audit.push(this.auditRow('update', id, before, record));
      this.hook(before);
      this.hook(record);
      if (def.afterRows) written.push({ before, after: record });
    }
    if (written.length) await def.afterRows?.(trx, written, this.plan.ctx);
    if (audit.length && def.audited !== false) await this.writer?.insert('audit_log', audit);
  }

  /** A value as the database stores it (as `toColumn`, without rebuilding the field list per cell). */
  private column(name: string, value: unknown): unknown {
    if (value === null || value === undefined) return null;
    return this.plan.def.fields[name]?.type === 'json' ? JSON.stringify(value) : value;
  }

  private async newIds(trx: Knex.Transaction, n: number): Promise<number[]> {
    if (dialectOf(trx) === 'postgres') {
      const res = await trx.raw<{ rows: { id: string | number }[] }>(
        'SELECT nextval(pg_get_serial_sequence(?, ?)) AS id FROM generate_series(1, ?)', [this.plan.def.table, 'id', n],
      );
      return res.rows.map((r) => Number(r.id));
    }
    const ids = Array.from({ length: n }, (_, i) => this.nextId + i);
    this.nextId += n;
    return ids;
  }

  private auditRow(action: 'create' | 'update', id: number, before: Row | null, after: Row): Row {
    const { def, ctx } = this.plan;
    const title = after[def.title];
    return {
      created_at: this.stamp, updated_at: this.stamp, version: 1,
      user_id: ctx.actor.id, username: ctx.actor.username, action, resource: def.name, record_id: id,
      record_title: title == null ? null : String(title).slice(0, 200),
      changes: JSON.stringify(before ? diff(def, before, after) : this.created(after)),
      request_id: ctx.requestId?.slice(0, 64) ?? null, batch_id: ctx.batchId ?? null,
    };
  }

  /** What `diff` answers for a new record (every field with a value), without comparing field by field. */
  private created(after: Row): Record<string, { from: null; to: unknown }> {
    const changes: Record<string, { from: null; to: unknown }> = {};
    for (const [name, field] of Object.entries(this.plan.def.fields)) {
      const to = after[name];
      if (to == null || field.writeOnly) continue;
      changes[name] = { from: null, to };
    }
    return changes;
  }

  /** Derived values (a points balance, a last visit) are recomputed once per parent, not once per row. */
  private hook(record: Row): void {
    const { def } = this.plan;
    if (!def.afterWrite) return;
    const parents = Object.entries(def.fields).filter(([, f]) => f.type === 'reference').map(([name]) => name);
    const key = keyOf(record, parents);
    if (!this.hooks.has(key)) this.hooks.set(key, record);
  }
}

export const newBatchId = () => `import-${crypto.randomUUID()}`;

import type { Knex } from 'knex';
import type { AuditContext } from '../audit.js';
import { recordChange } from '../audit.js';
import type { Row } from '../../resources/types.js';
import { getResource } from '../../resources/index.js';
import { searchTextOf } from '../../rest/service.js';
import { isSearchable } from '../../resources/types.js';
import { toColumns } from '../../rest/serialize.js';
import { forInsert } from '../../rest/columns.js';
import { enumLabel } from '../labels.js';
import type { SurveyTemplate } from '../surveys/templates.js';
import { chinaDay } from '../chinaTime.js';

/** Survey items whose key names a complaint category other than by its own code. */
const ITEM_CATEGORY: Record<string, string> = {
  attitude: 'service_attitude', reception: 'service_attitude', service_attitude: 'service_attitude',
  repair: 'repair_quality', waiting: 'waiting_time', wait_time: 'waiting_time', timeliness: 'waiting_time',
  price: 'pricing', price_transparency: 'pricing', facilities: 'environment', delivery: 'sales_promise', explanation: 'service_attitude',
};

const COMPLAINT_CHANNEL: Record<string, string> = { phone: 'phone', visit: 'visit', email: 'email', wechat: 'wechat', sms: 'online', questionnaire: 'online' };

export interface DraftInput {
  followUp: Row;
  customerName: string;
  template: SurveyTemplate | null;
  scores: Record<string, number>;
  overall: number;
  npsScore: number | null;
  notes: string | null;
  now: Date;
}

/** The category the lowest-scored item points at, else the first active category. */
async function categoryOf(trx: Knex, scores: Record<string, number>): Promise<string> {
  const rows: Row[] = await trx('lookups').where({ type: 'complaint_category', active: true }).orderBy(['sort_order', 'id']).select('code');
  const codes = rows.map((r) => String(r.code));
  const lowest = Object.entries(scores).sort((a, b) => a[1] - b[1]).map(([key]) => key);
  for (const key of lowest) {
    const code = ITEM_CATEGORY[key] ?? key;
    if (codes.includes(code)) return code;
  }
  return codes[0] ?? 'service_attitude';
}

function descriptionOf(d: DraftInput): string {
  const label = (key: string) => d.template?.items.find((i) => i.key === key)?.label_zh ?? key;
  const max = d.template?.scale === 'eleven' ? 10 : 5;
  const low = Object.entries(d.scores).filter(([, s]) => s <= (max === 10 ? 6 : 3)).sort((a, b) => a[1] - b[1]);
  const parts = [
    `${chinaDay(d.now)} ${enumLabel('follow_up_channel', String(d.followUp.channel), 'zh')}回访，客户评价不满意。`,
    `整体评分 ${d.overall} 分（满分 5 分）。`,
  ];
  if (low.length) parts.push(`低分项：${low.map(([k, s]) => `${label(k)} ${s} 分`).join('；')}。`);
  if (d.npsScore !== null) parts.push(`推荐意愿 ${d.npsScore} 分（满分 10 分）。`);
  if (d.notes) parts.push(`回访记录：${d.notes}`);
  return parts.join('\n').slice(0, 4000);
}

/**
 * A complaint in its first state (received) opened from an unsatisfied follow-up, in the recording's
 * transaction, through the resource's own hooks (its clocks start as for any other complaint).
 */
export async function openComplaintDraft(trx: Knex.Transaction, d: DraftInput, ctx: AuditContext): Promise<{ id: number; title: string }> {
  const def = getResource('complaints');
  if (!def) throw new Error('complaints resource missing');
  const values: Row = {
    title: `回访不满意：${d.customerName}`.slice(0, 120),
    customer_id: Number(d.followUp.customer_id),
    received_at: d.now.toISOString(),
    channel: COMPLAINT_CHANNEL[String(d.followUp.channel)] ?? 'phone',
    category: await categoryOf(trx, d.scores),
    severity: 'medium',
    description: descriptionOf(d),
    status: 'received',
    handler_id: d.followUp.staff_id == null ? null : Number(d.followUp.staff_id),
  };
  const stored = def.prepare ? await def.prepare(trx, values) : values;
  const stamp = d.now.toISOString();
  const row: Row = forInsert({ ...toColumns(def, stored), follow_up_id: Number(d.followUp.id), created_at: stamp, updated_at: stamp, version: 1 });
  if (isSearchable(def)) row.search_text = searchTextOf(def, values);
  const [inserted] = await trx(def.table).insert(row, ['id']);
  const id = Number((inserted as Row).id);
  const load = async () => (await trx(def.table).where({ id }).first()) as Row;
  await def.afterWrite?.(trx, await load());
  await def.afterRows?.(trx, [{ before: null, after: await load() }], ctx);
  await recordChange(trx, ctx, def, 'create', null, await load(), values);
  return { id, title: String(values.title) };
}

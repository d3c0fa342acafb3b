import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { SCALE_RANGE, type SurveyScale } from './scoring.js';

/** One question of a questionnaire: a stable key (what answers are stored under) and its label in both languages. */
export interface SurveyItem {
  key: string;
  label_zh: string;
  label_en: string;
}

export interface SurveyTemplate {
  id: number;
  name: string;
  scale: SurveyScale;
  items: SurveyItem[];
  nps: boolean;
}

export const MAX_ITEMS = 30;
const KEY = /^[a-z][a-z0-9_]{0,39}$/;

const parsed = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
const truthy = (v: unknown) => v === true || v === 1 || v === '1';

/** The `items` column checked item by item (`items.2.key` → reason), so the editor can mark the very row. */
export function itemErrors(value: unknown): Record<string, Reason> {
  if (!Array.isArray(value)) return { items: reason('not_list') };
  if (value.length < 1 || value.length > MAX_ITEMS) return { items: reason('survey_items_count', { max: MAX_ITEMS }) };
  const errors: Record<string, Reason> = {};
  const seen = new Map<string, number>();
  value.forEach((item: unknown, i) => {
    const at = `items.${i}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors[at] = reason('not_object');
      return;
    }
    const { key, label_zh: zh, label_en: en, ...rest } = item as Record<string, unknown>;
    if (typeof key !== 'string' || !KEY.test(key)) errors[`${at}.key`] = reason('survey_key');
    else if (seen.has(key)) errors[`${at}.key`] = reason('survey_key_repeated', { n: Number(seen.get(key)) + 1 });
    else seen.set(key, i);
    for (const [name, label] of [['label_zh', zh], ['label_en', en]] as const) {
      if (typeof label !== 'string' || !label.trim()) errors[`${at}.${name}`] = reason('required');
      else if (label.length > 100) errors[`${at}.${name}`] = reason('too_long', { max: 100 });
    }
    for (const extra of Object.keys(rest)) errors[`${at}.${extra}`] = reason('unknown_field');
  });
  return errors;
}

/** The resource's record rule: items well formed; an NPS template is scored 0–10. */
export function checkSurveyTemplate(record: Row): Record<string, Reason> | null {
  const errors = itemErrors(parsed(record.items));
  if (truthy(record.nps) && record.scale !== 'eleven') errors.scale = reason('bad_choice', { options: 'eleven' });
  return Object.keys(errors).length ? errors : null;
}

export function templateOf(row: Row): SurveyTemplate {
  return {
    id: Number(row.id), name: String(row.name), scale: row.scale === 'eleven' ? 'eleven' : 'five',
    items: parsed(row.items) as SurveyItem[], nps: truthy(row.nps),
  };
}

export async function loadTemplate(db: Knex, id: unknown): Promise<SurveyTemplate | null> {
  if (id == null) return null;
  const row = await db('survey_templates').where({ id: Number(id) }).first();
  return row ? templateOf(row) : null;
}

/** The "would you recommend us" question of an NPS template: the item keyed `recommend`, else the first. */
export function recommendKey(t: SurveyTemplate): string | null {
  if (!t.nps || !t.items.length) return null;
  return t.items.find((i) => i.key === 'recommend')?.key ?? t.items[0].key;
}

/**
 * Answers checked against the template: every item scored, each a whole number in the scale's range, no
 * other keys; reasons by `scores.<key>`. Answers the scores as numbers.
 */
export function checkAnswers(t: SurveyTemplate, raw: unknown): { scores: Record<string, number>; errors: Record<string, Reason> } {
  const errors: Record<string, Reason> = {};
  const scores: Record<string, number> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { scores, errors: { scores: reason('not_object') } };
  const given = raw as Record<string, unknown>;
  const { min, max } = SCALE_RANGE[t.scale];
  for (const item of t.items) {
    const v = given[item.key];
    if (v === undefined || v === null || v === '') errors[`scores.${item.key}`] = reason('score_missing');
    else if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) errors[`scores.${item.key}`] = reason('score_range', { min, max });
    else scores[item.key] = v;
  }
  for (const key of Object.keys(given)) if (!t.items.some((i) => i.key === key)) errors[`scores.${key}`] = reason('unknown_field');
  return { scores, errors };
}

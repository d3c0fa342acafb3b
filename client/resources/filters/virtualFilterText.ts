/**
 * How the reports' own list filters read on a chip: `value_moved: "2026-11:loyal:champions"` →
 * "2026-11：忠诚客户 → 重要价值客户", `first_purchase_between: ["2026-03-01", "2026-03-31"]` → "2026-03-01 – 2026-03-31",
 * `repurchased: "yes"` → "是". Null for a filter read as it is.
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;

const MONTH = /^\d{4}-\d{2}$/;

/** "[YYYY-MM:]rest…" split into the month (if any) and the rest. */
function withMonth(value: string): { month: string | null; rest: string[] } {
  const parts = value.split(':');
  return MONTH.test(parts[0] ?? '') ? { month: parts[0], rest: parts.slice(1) } : { month: null, rest: parts };
}

const inMonth = (month: string | null, text: string) => (month ? `${month} · ${text}` : text);

export function virtualFilterText(key: string, value: unknown, translate: Translate, label: (lookup: string, code: string) => string): string | null {
  const segment = (code: string) => (code === 'none' ? translate('crm.value.movement.entered') : translate(`crm.value.segments.${code}`, { _: code }));
  if (typeof value === 'string') {
    const { month, rest } = withMonth(value);
    switch (key) {
      case 'value_segment': return inMonth(month, rest[0] === 'all' ? translate('crm.filters.all_scored') : segment(rest[0] ?? ''));
      case 'value_flag': return inMonth(month, rest[0] === 'any' ? translate('crm.filters.any_rule') : translate(`crm.value.flags.${rest[0]}`, { _: rest[0] }));
      case 'value_rf': return inMonth(month, `R ${rest[0]} · F ${rest[1]}`);
      case 'value_moved': return inMonth(month, `${segment(rest[0] ?? '')} → ${segment(rest[1] ?? '')}`);
      default: break;
    }
    if (value === 'yes' || value === 'no') return translate(value === 'yes' ? 'ra.boolean.true' : 'ra.boolean.false');
  }
  // a range of days, with a vehicle model after it where one is named
  if (key.endsWith('_between') && Array.isArray(value) && value.length >= 2) {
    const [from, to, model] = value.map(String);
    return `${from} – ${to}${model ? ` · ${label('vehicle_model', model)}` : ''}`;
  }
  return null;
}

/** One budget line as the API answers it (money as numbers, no actual while nothing is booked). */
export interface BudgetLine {
  id: number;
  event_id: number;
  item: string;
  category: string;
  planned: number;
  actual: number | null;
  vendor: string | null;
  notes: string | null;
  version?: number;
}

export interface BudgetTotals {
  planned: number;
  /** null while no line has an actual cost */
  actual: number | null;
  /** actual − planned of the lines that have an actual cost (over budget: positive) */
  variance: number | null;
  /** actual as a whole percentage of planned; null without both */
  used: number | null;
  over: boolean;
}

export interface CategorySpend {
  category: string;
  planned: number;
  actual: number | null;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** How far a line's actual cost is from its plan (over: positive); null until it has an actual. */
export function varianceOf(line: Pick<BudgetLine, 'planned' | 'actual'>): number | null {
  return line.actual == null ? null : cents(line.actual - line.planned);
}

export function isOver(line: Pick<BudgetLine, 'planned' | 'actual'>): boolean {
  return (varianceOf(line) ?? 0) > 0;
}

/**
 * The sums the server also keeps on the event: planned of every line, actual of those booked. The variance
 * compares the actual with the whole plan, as the finance sheet reads "what we spent against what we planned".
 */
export function totalsOf(lines: readonly Pick<BudgetLine, 'planned' | 'actual'>[]): BudgetTotals {
  const planned = cents(lines.reduce((sum, l) => sum + l.planned, 0));
  const booked = lines.filter((l) => l.actual != null);
  const actual = booked.length ? cents(booked.reduce((sum, l) => sum + (l.actual ?? 0), 0)) : null;
  const variance = actual == null ? null : cents(actual - planned);
  const used = actual == null || planned <= 0 ? null : Math.round((actual / planned) * 100);
  return { planned, actual, variance, used, over: (variance ?? 0) > 0 };
}

/** Planned and actual per category, in the order of the list of categories, leaving out those with no lines. */
export function byCategory(lines: readonly Pick<BudgetLine, 'category' | 'planned' | 'actual'>[], order: readonly string[]): CategorySpend[] {
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  const groups = new Map<string, Pick<BudgetLine, 'planned' | 'actual'>[]>();
  for (const l of lines) groups.set(l.category, [...(groups.get(l.category) ?? []), l]);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([category, group]) => {
      const t = totalsOf(group);
      return { category, planned: t.planned, actual: t.actual };
    });
}

/** A typed amount as the API takes it: empty → null, else the number (the server says why a bad one is refused). */
export function amountOf(text: string): number | string | null {
  const trimmed = text.trim().replace(/[,，\s¥￥]/g, '');
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : text;
}

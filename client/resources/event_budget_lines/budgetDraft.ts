import { amountOf, type BudgetLine } from './budgetMath';

/** A line as it is being typed: every input as text, so a half-typed amount is kept as it is. */
export interface BudgetDraft {
  item: string;
  category: string;
  planned: string;
  actual: string;
  vendor: string;
  notes: string;
}

export const DRAFT_FIELDS = ['item', 'category', 'planned', 'actual', 'vendor', 'notes'] as const;

const text = (v: unknown) => (v == null ? '' : String(v));

export function draftOf(line?: Partial<BudgetLine>): BudgetDraft {
  return {
    item: text(line?.item), category: line?.category ?? 'venue', planned: text(line?.planned), actual: text(line?.actual),
    vendor: text(line?.vendor), notes: text(line?.notes),
  };
}

/** What the API is sent: trimmed texts (empty optional ones as null), amounts as numbers; the server checks the rest. */
export function bodyOf(draft: BudgetDraft): Record<string, unknown> {
  const optional = (s: string) => (s.trim() ? s.trim() : null);
  return {
    item: draft.item.trim(), category: draft.category, planned: amountOf(draft.planned), actual: amountOf(draft.actual),
    vendor: optional(draft.vendor), notes: optional(draft.notes),
  };
}

import type { MoveCount, TierCount } from '../../loyalty/loyaltyApi';

export interface NamedTier {
  id: number;
  name: string;
}

/** A moves matrix: one row per tier members come from (and "no tier" when some had none), one column per tier they go to. */
export interface MovesMatrix {
  rows: { from: NamedTier | null; cells: number[]; total: number }[];
  columns: NamedTier[];
  columnTotals: number[];
}

/**
 * The what-if's moves laid out as a from × to table over the tiers (highest first, as a manager reads a ladder);
 * rows nobody leaves are dropped so a small change stays a small table; a move naming a tier the page does not
 * know is ignored rather than drawn in the wrong place.
 */
export function movesMatrix(moves: MoveCount[], tiers: NamedTier[]): MovesMatrix {
  const columns = [...tiers];
  const index = new Map(columns.map((t, i) => [t.id, i]));
  const rowOf = new Map<number | null, number[]>();
  for (const move of moves) {
    const col = index.get(move.to_tier_id);
    if (col === undefined || move.count <= 0) continue;
    if (move.from_tier_id !== null && !index.has(move.from_tier_id)) continue;
    const cells = rowOf.get(move.from_tier_id) ?? columns.map(() => 0);
    cells[col] += move.count;
    rowOf.set(move.from_tier_id, cells);
  }
  const froms: (NamedTier | null)[] = [...columns, null];
  const rows = froms
    .filter((from) => rowOf.has(from?.id ?? null))
    .map((from) => {
      const cells = rowOf.get(from?.id ?? null) ?? [];
      return { from, cells, total: cells.reduce((a, b) => a + b, 0) };
    });
  const columnTotals = columns.map((_, c) => rows.reduce((sum, r) => sum + r.cells[c], 0));
  return { rows, columns, columnTotals };
}

/** Before → after per tier, in the tiers' order, with the difference; a tier the answer leaves out counts 0. */
export function tierShifts(counts: TierCount[], tiers: NamedTier[]) {
  return tiers.map((tier) => {
    const count = counts.find((c) => c.tier_id === tier.id);
    const before = count?.before ?? 0;
    const after = count?.after ?? 0;
    return { tier, before, after, delta: after - before };
  });
}

import type { ProspectAnalysis, ProspectDrills, ProspectFigures, ProspectGroup } from '../../../../server/domain/analytics/prospectTypes';

export type { ProspectAnalysis, ProspectGroup };

/** The breakdowns of the answer, in the order the page shows them: two a row, alike in length; the districts (many) last, full width. */
export const BREAKDOWNS = ['by_visit_reason', 'by_source', 'by_owner', 'by_model', 'by_purchase_time', 'by_purchase_type', 'by_region'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** How a breakdown's codes read: a lookup list, an enum list, or the consultant's name the server sent. */
const CODES: Record<Breakdown, { lookup: string } | { enumList: string } | 'owner'> = {
  by_visit_reason: { lookup: 'visit_reason' },
  by_source: { lookup: 'source' },
  by_model: { lookup: 'vehicle_model' },
  by_region: { lookup: 'region' },
  by_purchase_time: { enumList: 'purchase_timeframe' },
  by_purchase_type: { enumList: 'purchase_type' },
  by_owner: 'owner',
};

/** A row of a breakdown, trend month or the totals, with the label it is shown under. */
export type ProspectRow = ProspectFigures & ProspectDrills & { label: string };

export interface Labellers {
  lookup: (type: string, code: string) => string;
  enumLabel: (list: string, code: string) => string;
  /** for a group with no value: not recorded, or (consultant) not assigned */
  notRecorded: string;
  unassigned: string;
}

/** The label of a group's code in the reader's language; the code itself when the list no longer knows it. */
export function groupLabel(breakdown: Breakdown, group: Pick<ProspectGroup, 'code' | 'name'>, l: Labellers): string {
  const how = CODES[breakdown];
  if (group.code === null) return how === 'owner' ? l.unassigned : l.notRecorded;
  if (how === 'owner') return group.name ?? `#${group.code}`;
  const label = 'lookup' in how ? l.lookup(how.lookup, group.code) : l.enumLabel(how.enumList, group.code);
  return label || group.code;
}

export function breakdownRows(report: ProspectAnalysis, breakdown: Breakdown, l: Labellers): ProspectRow[] {
  return report[breakdown].map((g) => ({ ...g, label: groupLabel(breakdown, g, l) }));
}

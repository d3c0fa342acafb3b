import type {
  Counted, ModelGroup, OwnerComposition, OwnerDrill, OwnerFlow, OwnerGroup, OwnerLoyaltyReport,
} from '../../../../server/domain/analytics/ownerTypes';

export type { Counted, OwnerComposition, OwnerDrill, OwnerFlow, OwnerLoyaltyReport };

/** One bar and table row of a breakdown: its name (translated) and figures, each with the customers behind it. */
export interface GroupRow {
  label: string;
  owners: number;
  share: number | null;
  serviced: number;
  serviced_rate: number | null;
  revenue: number;
  vehicles?: number;
  drill: OwnerDrill;
  serviced_drill: OwnerDrill;
}

export type Breakdown = 'by_type' | 'by_region' | 'by_industry';

/** How a group's code reads: an enum value (customer type) or a lookup code (region, industry). */
export interface Labellers {
  enumLabel: (list: string, code: string) => string;
  lookup: (type: string, code: string) => string;
  notRecorded: string;
}

const rate = (part: number, whole: number) => (whole ? part / whole : null);

function labelOf(breakdown: Breakdown | 'by_model', code: string | null, l: Labellers): string {
  if (code === null) return l.notRecorded;
  if (breakdown === 'by_type') return l.enumLabel('customer_type', code);
  return l.lookup(breakdown === 'by_model' ? 'vehicle_model' : breakdown === 'by_region' ? 'region' : 'industry', code);
}

export function groupRows(data: OwnerComposition, breakdown: Breakdown, l: Labellers): GroupRow[] {
  return data[breakdown].map((g: OwnerGroup) => ({
    label: labelOf(breakdown, g.code, l), owners: g.owners.count, share: g.share, serviced: g.serviced.count,
    serviced_rate: rate(g.serviced.count, g.owners.count), revenue: g.revenue, drill: g.owners.drill, serviced_drill: g.serviced.drill,
  }));
}

/** By model, the share is of the owners' vehicles and the serviced owners are those who serviced that model. */
export function modelRows(data: OwnerComposition, l: Labellers): GroupRow[] {
  return data.by_model.map((m: ModelGroup) => ({
    label: labelOf('by_model', m.code, l), owners: m.owners.count, share: m.share, serviced: m.serviced.count,
    serviced_rate: rate(m.serviced.count, m.owners.count), revenue: m.revenue, vehicles: m.vehicles,
    drill: m.owners.drill, serviced_drill: m.serviced.drill,
  }));
}

/** The composition's totals as a table's last row. */
export function totalsRow(data: OwnerComposition, label: string): GroupRow {
  const t = data.totals;
  return {
    label, owners: t.owners.count, share: t.owners.count ? 1 : null, serviced: t.serviced.count, serviced_rate: rate(t.serviced.count, t.owners.count),
    revenue: t.revenue, vehicles: t.vehicles,
    drill: t.owners.drill, serviced_drill: t.serviced.drill,
  };
}

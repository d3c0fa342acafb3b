/**
 * 保有客户（C卡）分析 (issue 8, part 3): the owners (customer type owner or fleet) the filters keep, as they stand
 * now, broken down by customer type, vehicle model, region and industry, with what they did in a China-date
 * range (serviced, revenue); how the owner base moved month by month (gained, lost, net, base at month end);
 * and how loyal it is (repurchase, referrals, retention). Every number names the customers-list filter that
 * opens the customers behind it.
 */
export interface OwnerDrill {
  resource: 'customers';
  filter: Record<string, unknown>;
}

/** A number and the customers behind it. */
export interface Counted {
  count: number;
  drill: OwnerDrill;
}

export interface OwnerGroup {
  /** customer_type value, or lookup code (region, industry); null: not filled in */
  code: string | null;
  /** owners in the group now */
  owners: Counted;
  /** of all owners, 0–1 */
  share: number | null;
  /** owners of the group with a service visit in the range */
  serviced: Counted;
  /** the amount of the group's service visits in the range (yuan) */
  revenue: number;
}

export interface ModelGroup {
  /** vehicle_model lookup code */
  code: string;
  /** the owners' vehicles of the model */
  vehicles: number;
  /** owners with at least one vehicle of the model */
  owners: Counted;
  /** of all owners' vehicles, 0–1 */
  share: number | null;
  /** owners who brought a vehicle of the model to service in the range, and the visits */
  serviced: Counted;
  visits: number;
  /** the amount of those visits (yuan) */
  revenue: number;
}

export interface OwnerComposition {
  from: string;
  to: string;
  scope: 'department' | 'own';
  totals: { owners: Counted; vehicles: number; serviced: Counted; revenue: number };
  by_type: OwnerGroup[];
  by_model: ModelGroup[];
  by_region: OwnerGroup[];
  by_industry: OwnerGroup[];
}

export interface FlowMonth {
  /** YYYY-MM, China time */
  month: string;
  /** owners whose first vehicle purchase falls in the month (became an owner) */
  gained: Counted;
  /** owners who lapsed in the month by the churn rule: their last visit `no_visit_months` before it */
  lost: Counted;
  /** gained − lost */
  net: number;
  /** owners at the month's end: bought by then (or no dated purchase, as the dashboard counts) and not lapsed by then */
  base: Counted;
}

export interface RetentionMonth {
  month: string;
  /** owners at the month's end, and those with a service visit in the 12 months up to it (the dashboard's loyalty) */
  owners: number;
  retained: number;
  rate: number | null;
}

export interface Referrer {
  id: number;
  name: string;
  /** customers (kept by the filters) this owner referred whose card was opened in the range, and of them those who bought in it */
  referred: Counted;
  bought: number;
}

export interface OwnerLoyalty {
  repurchase: {
    owners: Counted;
    /** of them, owners who bought again: more than one vehicle, or a replacement / additional purchase */
    repeat: Counted;
    rate: number | null;
    /** owners who bought again (a purchase that is not their first) in the range */
    in_range: Counted;
  };
  referrals: {
    /** customers referred by an owner whose card was opened in the range */
    referred: Counted;
    /** customers referred by an owner who bought a vehicle in the range */
    bought: Counted;
    /** owners kept by the filters who referred someone whose card was opened in the range; the ten who referred most */
    referrers: Counted;
    top: Referrer[];
  };
  retention: {
    /** at the range's last month, as on the dashboard */
    owners: Counted;
    retained: Counted;
    rate: number | null;
    months: RetentionMonth[];
  };
}

export interface OwnerFlow {
  from: string;
  to: string;
  scope: 'department' | 'own';
  /** the churn rule's months without a visit (care settings) */
  no_visit_months: number;
  /** the 12 months ending with the range's last month, oldest first */
  months: FlowMonth[];
  /** over the range's own months: totals of the monthly figures in it */
  totals: { gained: Counted; lost: Counted; net: number };
}

export interface OwnerLoyaltyReport extends OwnerLoyalty {
  from: string;
  to: string;
  scope: 'department' | 'own';
  /** the 12 months ending with the range's last month (retention's trend), oldest first */
  months: string[];
}

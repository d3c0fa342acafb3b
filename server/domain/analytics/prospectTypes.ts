/**
 * Prospects report (意向客户（A卡）分析, issue 8 part 2): the cards opened (customers created) in a China-date
 * range, for the department or a sales consultant's own, by visit reason, source, sales consultant, intended
 * model, district, intended purchase time and purchase type, plus the 12 months ending with the range; for each
 * group how many of those cards have since become owners. Every number names the customers-list filter that
 * opens the customers behind it.
 */
export interface ProspectFigures {
  /** cards opened: customers created in the range (or month) */
  opened: number;
  /** of them, still prospects today */
  prospects: number;
  /** of them, now owners or fleet customers, or with a vehicle on record */
  converted: number;
  /** converted ÷ opened, 0–1; null when no card was opened */
  conversion_rate: number | null;
  /**
   * median whole days from the card's day to the first vehicle's purchase day, over the converted with a
   * vehicle bought on or after that day; null when there are none
   */
  median_days: number | null;
}

export interface ProspectDrill {
  resource: 'customers';
  filter: Record<string, unknown>;
}

export interface ProspectDrills {
  /** the customers behind `opened` */
  drill: ProspectDrill;
  /** the customers behind `converted` */
  converted_drill: ProspectDrill;
}

export interface ProspectGroup extends ProspectFigures, ProspectDrills {
  /** lookup code, enum value or (by consultant) the user id as text; null: not recorded */
  code: string | null;
  /** the consultant's name (by consultant only) */
  name?: string;
}

export interface ProspectMonth extends ProspectFigures, ProspectDrills {
  /** YYYY-MM, China time */
  month: string;
}

export interface ProspectAnalysis {
  from: string;
  to: string;
  scope: 'department' | 'own';
  totals: ProspectFigures & ProspectDrills;
  /** 来店原因 */
  by_visit_reason: ProspectGroup[];
  /** 信息来源 */
  by_source: ProspectGroup[];
  /** 销售顾问 */
  by_owner: ProspectGroup[];
  /** 意向车型 */
  by_model: ProspectGroup[];
  /** 地区 */
  by_region: ProspectGroup[];
  /** 预计购买时间, in the list's order (soonest first), not recorded last */
  by_purchase_time: ProspectGroup[];
  /** 购买类型, in the list's order */
  by_purchase_type: ProspectGroup[];
  /** the 12 months ending with the range's last month, oldest first */
  by_month: ProspectMonth[];
}

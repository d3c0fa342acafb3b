import { CompositionTab } from './CompositionTab';
import { FlowTab } from './FlowTab';
import { LoyaltyTab } from './LoyaltyTab';
import { useOwnerTab } from './OwnerFrame';

/**
 * 保有客户（C卡）分析: three tabs over the same filters — 构成 (by type, model, region, industry), 客户流动 (gained,
 * lost, net and base per month) and 忠诚度 (repurchase, referrals, retention). The tab is kept in the address
 * (`?tab=`); each tab asks for its own answer (GET /api/analytics/owners, /flow, /loyalty) when opened.
 */
export function OwnerReportPage() {
  const [tab] = useOwnerTab();
  if (tab === 'flow') return <FlowTab />;
  if (tab === 'loyalty') return <LoyaltyTab />;
  return <CompositionTab />;
}

OwnerReportPage.path = '/reports/owners';

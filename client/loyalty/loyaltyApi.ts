import type {
  ApplyRequest, ApplyResult, CustomerLoyalty, DecisionRequest, ExpiryPreview, ExpiryRequest, ExpiryResult, PreviewRequest,
  PreviewResult, RulesChange, RulesDocument, RulesVersion,
} from '../../server/domain/loyalty/types';
import type { HttpClient } from '../dataProvider';

export type * from '../../server/domain/loyalty/types';

/** The loyalty programme under /api/loyalty (rules, what-if, recalculation, expiry, reversals, approvals) as data-provider methods. */
export interface LoyaltyMethods {
  loyaltyRules: () => Promise<RulesDocument>;
  loyaltyVersions: () => Promise<RulesVersion[]>;
  saveLoyaltyRules: (change: RulesChange) => Promise<RulesDocument>;
  previewTiers: (request: PreviewRequest) => Promise<PreviewResult>;
  applyTiers: (request: ApplyRequest) => Promise<ApplyResult>;
  previewExpiry: (request: ExpiryRequest) => Promise<ExpiryPreview>;
  applyExpiry: (request: ExpiryRequest) => Promise<ExpiryResult>;
  customerLoyalty: (customerId: number) => Promise<CustomerLoyalty>;
  reverseEntry: (entryId: number, note: string) => Promise<void>;
  decideAdjustment: (adjustmentId: number, decision: 'approve' | 'reject', request: DecisionRequest) => Promise<void>;
}

export function loyaltyMethods(http: HttpClient): LoyaltyMethods {
  const get = async <T>(path: string) => (await http(`/api/loyalty/${path}`)).json as T;
  const send = async <T>(method: string, path: string, body: unknown) =>
    (await http(`/api/loyalty/${path}`, { method, body: JSON.stringify(body) })).json as T;
  const id = (n: number) => encodeURIComponent(String(n));
  return {
    loyaltyRules: () => get('rules'),
    loyaltyVersions: () => get('rules/versions'),
    saveLoyaltyRules: (change) => send('PUT', 'rules', change),
    previewTiers: (request) => send('POST', 'preview', request),
    applyTiers: (request) => send('POST', 'apply', request),
    previewExpiry: (request) => send('POST', 'expiry/preview', request),
    applyExpiry: (request) => send('POST', 'expiry/apply', request),
    customerLoyalty: (customerId) => get(`customers/${id(customerId)}`),
    reverseEntry: async (entryId, note) => {
      await send('POST', `entries/${id(entryId)}/reverse`, { note });
    },
    decideAdjustment: async (adjustmentId, decision, request) => {
      await send('POST', `adjustments/${id(adjustmentId)}/${decision}`, request);
    },
  };
}

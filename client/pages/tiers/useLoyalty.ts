import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CrmDataProvider } from '../../dataProvider';
import type {
  ApplyRequest, ApplyResult, ExpiryPreview, ExpiryRequest, ExpiryResult, PreviewRequest, PreviewResult, RulesChange, RulesDocument,
  RulesVersion,
} from '../../loyalty/loyaltyApi';

const LOYALTY = ['loyalty'] as const;
const RULES = [...LOYALTY, 'rules'] as const;

/** The rules in force with their version and member counts. */
export function useRulesDocument() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useQuery<RulesDocument>({ queryKey: RULES, queryFn: () => dataProvider.loyaltyRules() });
}

export function useRulesVersions() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useQuery<RulesVersion[]>({ queryKey: [...LOYALTY, 'versions'], queryFn: () => dataProvider.loyaltyVersions() });
}

/** The what-if of the rules in force (histogram of today's points), asked once per version; the what-if is for managers only. */
export function useBaselinePreview(version: number, enabled: boolean) {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useQuery<PreviewResult>({
    queryKey: [...LOYALTY, 'baseline', version],
    enabled,
    queryFn: () => dataProvider.previewTiers({}),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export function usePreviewTiers() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useMutation<PreviewResult, Error, PreviewRequest>({ mutationFn: (request) => dataProvider.previewTiers(request) });
}

/** After rules change or members move, every screen showing tiers, customers or the rules reads them again. */
function useRefreshAfterRun() {
  const queryClient = useQueryClient();
  // not awaited: the answer is shown at once, the screens catch up a moment later
  return () => {
    for (const queryKey of [LOYALTY, ['tiers'], ['customers'], ['tier_changes'], ['care_touches'], ['point_entries']]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  };
}

export function useApplyTiers() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const refresh = useRefreshAfterRun();
  return useMutation<ApplyResult, Error, ApplyRequest>({ mutationFn: (request) => dataProvider.applyTiers(request), onSuccess: refresh });
}

export function useSaveRules() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const refresh = useRefreshAfterRun();
  return useMutation<RulesDocument, Error, RulesChange>({ mutationFn: (change) => dataProvider.saveLoyaltyRules(change), onSuccess: refresh });
}

export function usePreviewExpiry() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useMutation<ExpiryPreview, Error, ExpiryRequest>({ mutationFn: (request) => dataProvider.previewExpiry(request) });
}

export function useApplyExpiry() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const refresh = useRefreshAfterRun();
  return useMutation<ExpiryResult, Error, ExpiryRequest>({ mutationFn: (request) => dataProvider.applyExpiry(request), onSuccess: refresh });
}

/** Re-reads the rules in force (after a 409: someone else saved a newer version). */
export function useReloadRules() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: LOYALTY });
}

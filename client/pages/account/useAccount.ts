import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CrmDataProvider } from '../../dataProvider';
import type { NewToken, PasswordChange, TokenInfo, TokenRequest } from './accountApi';

const TOKENS = ['account', 'tokens'] as const;

/** The user's live API tokens, newest first. */
export function useTokens() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useQuery<TokenInfo[]>({ queryKey: TOKENS, queryFn: () => dataProvider.listTokens() });
}

export function useCreateToken() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const queryClient = useQueryClient();
  return useMutation<NewToken, Error, TokenRequest>({
    mutationFn: (request) => dataProvider.createToken(request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS }),
  });
}

export function useRevokeToken() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const queryClient = useQueryClient();
  return useMutation<void, Error, number>({
    mutationFn: (id) => dataProvider.revokeToken(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS }),
  });
}

export function useChangePassword() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useMutation<void, Error, PasswordChange>({ mutationFn: (change) => dataProvider.changePassword(change) });
}

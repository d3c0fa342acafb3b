import { useMemo } from 'react';
import type { Identifier } from 'react-admin';
import { useLocaleState } from 'react-admin';
import { createHttpClient } from '../../dataProvider';
import type { GreetingSummary } from '../../../server/domain/greetings/generate';
import type { SendSummary } from '../../../server/domain/greetings/send';

export type { GreetingSummary, SendSummary };

export interface GreetingCalls {
  /** POST /api/care_touches/generate (managers) */
  generate: () => Promise<GreetingSummary>;
  /** POST /api/care_touches/send { ids } (the CS team) */
  send: (ids: readonly Identifier[]) => Promise<SendSummary>;
}

/** The greeting calls beyond the stock protocol, in the user's language (for the server's reasons). */
export function useGreetingCalls(): GreetingCalls {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const http = createHttpClient(() => locale);
    return {
      generate: async () => (await http('/api/care_touches/generate', { method: 'POST', body: '{}' })).json as GreetingSummary,
      send: async (ids) => (await http('/api/care_touches/send', { method: 'POST', body: JSON.stringify({ ids: ids.map(Number) }) })).json as SendSummary,
    };
  }, [locale]);
}

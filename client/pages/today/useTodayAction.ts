import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNotify, useUpdate } from 'react-admin';
import { requestFailure } from '../../bulk/bulkErrors';
import { TODAY_KEY, type TodayItem } from './todayApi';

/** A one-click action on a queue item: the change to write, and the confirmation key under crm.today.done. */
export interface QuickAction {
  resource: string;
  data: Record<string, unknown>;
  done: 'reminded' | 'arrived' | 'sent' | 'finish';
  /** a call of the resource's own instead of the generic update (a greeting goes out through the gateway) */
  perform?: () => Promise<void>;
}

/**
 * Writes the change at the version the queue read (a change made meanwhile is refused, not overwritten), says
 * so, and reads the queue again so the item leaves it. A refusal shows the server's reason.
 */
export function useTodayAction() {
  const [update] = useUpdate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<string | null>(null);

  const run = async (item: TodayItem, action: QuickAction, who: string) => {
    setPending(`${action.resource}.${item.id}`);
    try {
      if (action.perform) await action.perform();
      else await update(
        action.resource,
        { id: item.id, data: { ...action.data, version: item.version }, previousData: { id: item.id } },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      notify(`crm.today.done.${action.done}`, { type: 'success', messageArgs: { who } });
    } catch (failure) {
      const { message, fieldErrors } = requestFailure(failure);
      const said = Object.values(fieldErrors).join('；') || message;
      notify('crm.today.failed', { type: 'error', messageArgs: { reason: said } });
    } finally {
      setPending(null);
      await queryClient.invalidateQueries({ queryKey: [TODAY_KEY] });
    }
  };
  return { run, pending };
}

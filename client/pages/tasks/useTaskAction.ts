import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNotify, useUpdate } from 'react-admin';
import { requestFailure } from '../../bulk/bulkErrors';
import { ACTION_STATUS, type Task, type TaskAction } from './taskGroups';

/**
 * Moves a task on (开始 / 完成 / 检核通过 / 退回) at the version it was read, then reads the task lists again.
 * A refusal says the server's reason (检核人 only, not done yet, event closed, changed meanwhile).
 */
export function useTaskAction() {
  const [update] = useUpdate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [pendingId, setPendingId] = useState<number | null>(null);

  const act = async (task: Task, action: TaskAction) => {
    setPendingId(task.id);
    try {
      await update(
        'event_tasks',
        { id: task.id, data: { status: ACTION_STATUS[action], version: task.version }, previousData: task },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      notify('crm.tasks.actions.done', { type: 'success', messageArgs: { content: task.content } });
    } catch (failure) {
      const { message, fieldErrors } = requestFailure(failure);
      const said = Object.values(fieldErrors).join('；') || message;
      // the server already said it in the user's language: shown as is, not looked up as a key
      notify(said || 'ra.notification.http_error', { type: 'error', messageArgs: said ? { _: said } : undefined });
    } finally {
      setPendingId(null);
      await queryClient.invalidateQueries({ queryKey: ['event_tasks'] });
    }
  };
  return { act, pendingId };
}

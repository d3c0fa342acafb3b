import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import { errorMessage, fieldErrors } from '../../pages/account/fieldErrors';
import { bodyOf, DRAFT_FIELDS, draftOf, type BudgetDraft } from './budgetDraft';
import type { BudgetLine } from './budgetMath';

const RESOURCE = 'event_budget_lines';

/** Which line is open for editing ('new': the line being added), its draft and the server's reasons per field. */
export interface BudgetEditor {
  editing: number | 'new' | null;
  draft: BudgetDraft;
  errors: Record<string, string>;
  busy: boolean;
  start: (line?: BudgetLine) => void;
  change: (field: keyof BudgetDraft, value: string) => void;
  cancel: () => void;
  save: () => Promise<void>;
  remove: (line: BudgetLine) => Promise<void>;
}

/**
 * Inline add, edit and delete of an event's lines through the data provider. After a write the whole page is
 * refreshed: the server has just recomputed the event's budget and actual cost, which the details and the
 * scorecard show.
 */
export function useBudgetEditor(eventId: number): BudgetEditor {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [previous, setPrevious] = useState<BudgetLine | null>(null);
  const [draft, setDraft] = useState<BudgetDraft>(draftOf());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const start = (line?: BudgetLine) => {
    setEditing(line ? line.id : 'new');
    setPrevious(line ?? null);
    setDraft(draftOf(line));
    setErrors({});
  };
  const cancel = () => {
    setEditing(null);
    setErrors({});
  };
  const fail = (error: unknown) => {
    const byField = fieldErrors(error);
    setErrors(byField);
    // a reason the form has no input for (a stale version, the event) goes to the notification
    const shown = Object.keys(byField).some((f) => (DRAFT_FIELDS as readonly string[]).includes(f));
    if (!shown) notify(Object.values(byField)[0] ?? errorMessage(error), { type: 'error' });
  };
  const save = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const data = bodyOf(draft);
      if (editing === 'new') await dataProvider.create(RESOURCE, { data: { ...data, event_id: eventId } });
      else if (previous) await dataProvider.update(RESOURCE, { id: previous.id, data: { ...data, version: previous.version }, previousData: previous });
      setEditing(null);
      setErrors({});
      notify('crm.budget.saved', { type: 'success' });
      refresh();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (line: BudgetLine) => {
    setBusy(true);
    try {
      await dataProvider.delete(RESOURCE, { id: line.id, previousData: line });
      notify('crm.budget.deleted', { type: 'info' });
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { editing, draft, errors, busy, start, change: (field, value) => setDraft((d) => ({ ...d, [field]: value })), cancel, save, remove };
}

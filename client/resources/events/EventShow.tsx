import { useMeta } from '../../meta/MetaContext';
import { GenericShow } from '../generic/GenericShow';
import { EventShowActions } from './EventShowActions';
import { ScorecardPanel } from './ScorecardPanel';
import { EventTasksPanel } from './EventTasksPanel';
import { BudgetPanel } from './BudgetPanel';

const RELATED = [
  { resource: 'event_tasks', target: 'event_id' },
  { resource: 'event_budget_lines', target: 'event_id' },
  { resource: 'event_participants', target: 'event_id' },
  { resource: 'follow_ups', target: 'event_id' },
] as const;

/**
 * The event workspace: its scorecard first, then the details and, as tabs, its tasks, budget lines,
 * participants, after-event follow-ups and history; check-in, invitations and the invitation list in the toolbar.
 */
export function EventShow() {
  const meta = useMeta();
  // the meta names only what this role may read (a sales consultant has no tasks or budget)
  const related = RELATED.filter((r) => Object.hasOwn(meta.resources, r.resource));
  return (
    <GenericShow
      actions={<EventShowActions />}
      header={<ScorecardPanel />}
      related={related}
      panels={{ event_tasks: <EventTasksPanel />, event_budget_lines: <BudgetPanel /> }}
    />
  );
}

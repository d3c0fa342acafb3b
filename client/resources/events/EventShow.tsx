import { GenericShow } from '../generic/GenericShow';
import { EventShowActions } from './EventShowActions';
import { ScorecardPanel } from './ScorecardPanel';

/** An event: its scorecard first, then the generic details, participants, tasks and history; check-in and invitations in the toolbar. */
export function EventShow() {
  return <GenericShow actions={<EventShowActions />} header={<ScorecardPanel />} />;
}

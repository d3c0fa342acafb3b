import { GenericShow } from '../generic/GenericShow';
import { ComplaintFlowPanel } from './ComplaintFlowPanel';
import { ComplaintShowActions } from './ComplaintShowActions';

/** A complaint: its flow and SLA clock first, the details, then its steps, follow-ups and history as tabs; the next steps in the toolbar. */
export function ComplaintShow() {
  return <GenericShow actions={<ComplaintShowActions />} header={<ComplaintFlowPanel />} />;
}

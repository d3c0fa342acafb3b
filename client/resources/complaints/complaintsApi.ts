import type { SlaReading } from '../../../server/domain/complaints/sla';
import type { EscalationSummary } from '../../../server/domain/complaints/escalation';
import type { StepField } from '../../../server/domain/complaints/flowSteps';
import type { HttpClient } from '../../dataProvider';

export type { SlaReading, EscalationSummary };

/** A step request: where to, and what that step asks for. */
export type StepRequest = { to: string } & Partial<Record<StepField, string | number | null>>;

/** What the screens need to tell "due soon" from "ok" (GET /api/complaints/sla-clock). */
export interface SlaClockInfo {
  now: string;
  due_soon_until: string;
  warn_before_hours: number;
  first_response_hours: number;
  resolve_hours: number;
}

type Complaint = Record<string, unknown> & { id: number };

/** A complaint's own calls under /api/complaints (steps, pausing its clock, the SLA reading, escalation) as data-provider methods. */
export interface ComplaintMethods {
  complaintStep: (id: number, request: StepRequest) => Promise<Complaint>;
  complaintPause: (id: number, paused: boolean, note: string | null) => Promise<Complaint>;
  complaintSla: (id: number) => Promise<SlaReading>;
  complaintSlaClock: () => Promise<SlaClockInfo>;
  escalateComplaints: () => Promise<EscalationSummary>;
}

export function complaintMethods(http: HttpClient): ComplaintMethods {
  const path = (id: number, call: string) => `/api/complaints/${encodeURIComponent(String(id))}/${call}`;
  const post = async <T>(url: string, body: unknown) => (await http(url, { method: 'POST', body: JSON.stringify(body) })).json as T;
  return {
    complaintStep: (id, request) => post(path(id, 'step'), request),
    complaintPause: (id, paused, note) => post(path(id, paused ? 'pause' : 'resume'), { note }),
    complaintSla: async (id) => (await http(path(id, 'sla'))).json as SlaReading,
    complaintSlaClock: async () => (await http('/api/complaints/sla-clock')).json as SlaClockInfo,
    escalateComplaints: () => post('/api/complaints/escalate', {}),
  };
}

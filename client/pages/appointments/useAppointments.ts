import { useMemo } from 'react';
import { useGetList, useGetMany, type RaRecord } from 'react-admin';
import type { EventInput } from '@fullcalendar/core';
import { colorOf, movable } from './appointmentStatus';

export interface Appointment extends RaRecord {
  customer_id: number;
  vehicle_id: number | null;
  scheduled_at: string;
  duration_minutes: number;
  appointment_type: string;
  status: string;
  advisor_id: number | null;
  origin: string;
  notes: string | null;
  version: number;
}

export interface Range {
  start: Date;
  end: Date;
}

/** The appointments on screen (one advisor's, or everyone's), as calendar items titled by the customer. */
export function useAppointments(range: Range | null, advisorId: number | null, translate: (key: string) => string) {
  const filter = range
    ? { scheduled_at_gte: range.start.toISOString(), scheduled_at_lt: range.end.toISOString(), ...(advisorId ? { advisor_id: advisorId } : {}) }
    : {};
  const { data, error, isFetching, refetch } = useGetList<Appointment>(
    'appointments',
    { filter, pagination: { page: 1, perPage: 500 }, sort: { field: 'scheduled_at', order: 'ASC' } },
    { enabled: !!range },
  );
  const customerIds = useMemo(() => [...new Set((data ?? []).map((a) => a.customer_id))], [data]);
  const { data: customers } = useGetMany('customers', { ids: customerIds }, { enabled: customerIds.length > 0 });
  const items: EventInput[] = useMemo(() => {
    const names = new Map((customers ?? []).map((c) => [c.id, String(c.name ?? c.id)]));
    return (data ?? []).map((a) => {
      const start = new Date(a.scheduled_at);
      return {
        id: String(a.id),
        title: `${names.get(a.customer_id) ?? '…'} · ${translate(`enums.appointment_type.${a.appointment_type}`)}`,
        start,
        end: new Date(start.getTime() + Number(a.duration_minutes ?? 60) * 60_000),
        backgroundColor: colorOf(a.status),
        borderColor: colorOf(a.status),
        editable: movable(a.status),
        classNames: [`appointment-${a.status}`],
        extendedProps: { record: a },
      };
    });
  }, [data, customers, translate]);
  return { items, records: data ?? [], error, isFetching, refetch };
}

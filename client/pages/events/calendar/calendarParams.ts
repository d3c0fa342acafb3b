export const CALENDAR_VIEWS = ['dayGridMonth', 'timeGridWeek', 'listWeek'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

const EVENT_STATUSES = ['draft', 'planned', 'approved', 'running', 'done', 'cancelled'];

/** What the calendar shows, kept in the address so a reload, a bookmark or the back button returns to it. */
export interface CalendarParams {
  /** null: the default for the screen (month on a desk, list on a phone) */
  view: CalendarView | null;
  /** a day within the dates shown, `YYYY-MM-DD`; null: today */
  date: string | null;
  mine: boolean;
  statuses: string[];
  /** tasks shown beside the events (for those who may read them) */
  tasks: boolean;
}

const isView = (v: string | null): v is CalendarView => CALENDAR_VIEWS.some((view) => view === v);

export function readParams(params: URLSearchParams): CalendarParams {
  const view = params.get('view');
  const date = params.get('date');
  return {
    view: isView(view) ? view : null,
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    mine: params.get('mine') === '1',
    statuses: (params.get('status') ?? '').split(',').filter((s) => EVENT_STATUSES.includes(s)),
    tasks: params.get('tasks') !== '0',
  };
}

/** The address's query for these choices, leaving out what is the default. */
export function writeParams(p: CalendarParams): Record<string, string> {
  const out: Record<string, string> = {};
  if (p.view) out.view = p.view;
  if (p.date) out.date = p.date;
  if (p.mine) out.mine = '1';
  if (p.statuses.length) out.status = p.statuses.join(',');
  if (!p.tasks) out.tasks = '0';
  return out;
}

export { EVENT_STATUSES };

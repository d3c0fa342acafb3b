import type { SameKeys } from './en';
import type { satisfactionMessagesZh } from './satisfaction.zh';

export const satisfactionMessagesEn: SameKeys<typeof satisfactionMessagesZh> = {
  title: 'Satisfaction trend',
  menu: 'Satisfaction trend',
  lead: 'Each service item\'s mean score and the month\'s customer satisfaction (CS) over the 12 months ending with the range\'s last month, counted by the month the follow-up was done.',
  table: 'Mean score by service item and month',
  months: '%{from} to %{to}',
  until: 'up to %{to}',
  items_chart: 'Mean score by service item (of 5; dashed line at 4.0)',
  csat_chart: 'Customer satisfaction (share scored 4–5, target %{pct}%)',
  csat: 'CSAT',
  target: 'Target %{pct}%',
  item: 'Service item',
  scored: 'Scored follow-ups',
  table_hint: "Below 4.0 in red; click a figure to open that month's follow-ups scored 3 or below",
};

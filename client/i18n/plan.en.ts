import type { SameKeys } from './en';
import type { planMessagesZh } from './plan.zh';

export const planMessagesEn: SameKeys<typeof planMessagesZh> = {
  title: 'CS plan',
  menu: 'CS plan',
  load_failed: 'Cannot read the %{year} plan: %{reason}',
  year: {
    label: '%{year}',
    previous: 'Previous year',
    next: 'Next year',
    this_year: 'This year',
  },
  new_event: 'New event',
  plan: {
    goals: 'Goals for the year',
    no_goals: 'No goals written yet',
    budget: 'Plan budget',
    no_budget: 'No budget set',
    owner: 'Owner',
    open: 'Open plan',
    missing: 'There is no CS plan for %{year} yet',
    missing_hint: 'Create the year’s plan with a theme for each quarter, its goals and budget; events already scheduled are still listed by quarter below.',
    create: 'Create the %{year} plan',
    default_title: 'CS plan %{year}',
  },
  totals: {
    heading: 'The year in total',
    events: 'Events',
    events_value: '%{smart_count}',
    cancelled: '%{count} more cancelled, not counted',
    no_cancelled: 'Cancelled events are not counted',
    spend: 'Budget and actual cost',
    allocated: '%{amount} planned in events, %{percent} of the plan budget',
    rates: '%{confirm} confirmed, %{turnout} turned up',
  },
  quarter: {
    name: 'Q%{quarter}',
    months: {
      q1: 'Jan–Mar',
      q2: 'Apr–Jun',
      q3: 'Jul–Sep',
      q4: 'Oct–Dec',
    },
    current: 'This quarter',
    no_theme: 'No theme set',
    events: '%{smart_count} event |||| %{smart_count} events',
    empty: 'No events this quarter yet',
  },
  spend: {
    budget: 'Budget %{amount}',
    actual: 'Actual %{amount}',
    pending: 'Not settled yet',
    over: '%{amount} over',
    used: '%{percent} used',
    no_budget: 'No budget',
  },
  counts: {
    invited: 'Invited',
    confirmed: 'Confirmed',
    attended: 'Attended',
    capacity: '%{count} places',
  },
  event: {
    no_place: 'Place to be decided',
  },
};

import type { SameKeys } from './en';
import type { audienceMessagesZh } from './audience.zh';

export const audienceMessagesEn: SameKeys<typeof audienceMessagesZh> = {
  title: 'By conditions',
  hint: 'Conditions left empty do not limit; several values of one condition mean any of them.',
  tiers: 'Membership tier',
  regions: 'Region',
  models: 'Vehicle model',
  not_visited: 'Not visited for',
  months_unit: 'months',
  not_visited_hint: 'Customers who never came count too; empty means any',
  months_invalid: 'Enter a whole number from 1 to 120',
  birthday_months: 'Birthday month',
  stages: 'Lifecycle stage',
  types: 'Customer type',
  clear: 'Clear conditions',
  save_segment: 'Save as segment',
  count: {
    counting: 'Counting…',
    line: '%{matched} match → %{invited} invited, %{waitlisted} waitlisted, %{excluded} left out',
    detail: ' (%{reasons})',
    already_invited: 'already invited %{n}',
    no_consent: 'no consent %{n}',
    household: 'same household %{n}',
    quota: 'over quota %{n}',
    pick_segment: 'Pick a segment to see the count',
    fix_errors: 'Correct the conditions marked in red first',
    failed: 'Could not count: %{reason}',
  },
};

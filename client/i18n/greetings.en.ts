import type { SameKeys } from './en';
import type { greetingsMessagesZh } from './greetings.zh';

export const greetingsMessagesEn: SameKeys<typeof greetingsMessagesZh> = {
  generate: 'Prepare coming greetings',
  generated: '%{count} greetings prepared (birthdays %{birthday}, holidays %{holiday}, anniversaries %{anniversary}); %{no_consent} customers skipped: no channel they agreed to',
  generate_failed: 'Could not prepare greetings: %{reason}',
  send: 'Send',
  sent: '%{sent} sent; %{unchanged} already sent or skipped, left as they were; %{failed} could not go out',
  send_failed: 'Nothing sent: %{reason}',
  message: 'Message',
  preview: {
    heading: 'Preview',
    hint: 'Placeholders: {name} customer, {holiday} festival, {years} years owned, {model} car model, {dealer} dealer name',
    empty: 'Write the message to see it here',
    sample_name: 'Mr Wang',
    sample_holiday: 'Mid-Autumn Festival',
    sample_model: 'Sylphy',
    sample_dealer: 'Jingcheng Motors',
  },
};

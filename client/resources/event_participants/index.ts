import { createElement } from 'react';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { genericResource } from '../generic/genericResource';
import { ParticipantName } from './ParticipantName';

export default genericResource({
  icon: HowToRegIcon,
  listColumns: ['customer_id', 'event_id', 'rsvp', 'attended', 'invited_at', 'checked_in_at', 'walk_in'],
  alwaysOnFilters: ['rsvp'],
  recordRepresentation: createElement(ParticipantName),
});

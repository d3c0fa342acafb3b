import { GenericListActions } from '../generic/GenericListActions';
import { SaveSegmentButton } from '../segments/SaveSegmentButton';
import { SegmentPickerButton } from '../segments/SegmentPickerButton';

/** The customer list's toolbar: filters, create, reopen or save a segment, export. */
export function CustomerListActions() {
  return (
    <GenericListActions>
      <SegmentPickerButton />
      <SaveSegmentButton />
    </GenericListActions>
  );
}

import type { ResourceMeta } from '../../meta/types';
import { formFields } from '../generic/columns';

/** Set only by the flow's steps (the server refuses them in a form): left out of the create and edit forms. */
const STEP_FIELDS = new Set(['status', 'department', 'resolution', 'customer_feedback']);

export const complaintFormFields = (resource: ResourceMeta): string[] => formFields(resource).filter((f) => !STEP_FIELDS.has(f));

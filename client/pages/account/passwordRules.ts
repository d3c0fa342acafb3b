export interface PasswordValues {
  current_password?: string;
  new_password?: string;
  repeat_password?: string;
}

type Reason = string | { message: string; args: Record<string, number> };

/**
 * The change-password form's checks, all in one place: react-admin runs either a form-level validator or the
 * inputs' own, not both, and "repeat" needs to see "new". The server checks the current password and the
 * minimum again.
 */
export function passwordErrors(values: PasswordValues, min: number): Record<string, Reason> {
  const errors: Record<string, Reason> = {};
  if (!values.current_password) errors.current_password = 'ra.validation.required';
  if (!values.new_password) errors.new_password = 'ra.validation.required';
  else if ([...values.new_password].length < min) errors.new_password = { message: 'ra.validation.minLength', args: { min } };
  if (!values.repeat_password) errors.repeat_password = 'ra.validation.required';
  else if (values.repeat_password !== values.new_password) errors.repeat_password = 'crm.auth.password.mismatch';
  return errors;
}

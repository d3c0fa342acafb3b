import { describe, expect, it } from 'vitest';
import { passwordErrors } from './passwordRules';

describe('passwordErrors', () => {
  it('when every field is filled and the new password is long enough and repeated, then there is nothing to say', () => {
    expect(passwordErrors({ current_password: 'old', new_password: 'new-secret', repeat_password: 'new-secret' }, 8)).toEqual({});
  });

  it('when fields are left empty, then each says it is required', () => {
    expect(Object.keys(passwordErrors({}, 8)).sort()).toEqual(['current_password', 'new_password', 'repeat_password']);
  });

  it('when the new password is too short, then the minimum is named', () => {
    expect(passwordErrors({ current_password: 'old', new_password: 'short', repeat_password: 'short' }, 8)).toEqual({
      new_password: { message: 'ra.validation.minLength', args: { min: 8 } },
    });
  });

  it('when the repeat differs, then the repeat field says so', () => {
    expect(passwordErrors({ current_password: 'old', new_password: 'new-secret', repeat_password: 'new-secreT' }, 8)).toEqual({
      repeat_password: 'crm.auth.password.mismatch',
    });
  });
});

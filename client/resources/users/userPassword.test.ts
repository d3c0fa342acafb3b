import { describe, expect, it } from 'vitest';
import { withoutEmptyPassword } from './userPassword';

describe('withoutEmptyPassword', () => {
  it('when the admin leaves the password empty, then no password is sent and the current one stays', () => {
    expect(withoutEmptyPassword({ id: 3, name: '李娜', password: '' })).toEqual({ id: 3, name: '李娜' });
    expect(withoutEmptyPassword({ id: 3, name: '李娜', password: null })).toEqual({ id: 3, name: '李娜' });
    expect(withoutEmptyPassword({ id: 3, name: '李娜' })).toEqual({ id: 3, name: '李娜' });
  });

  it('when the admin types a new password, then it is sent', () => {
    expect(withoutEmptyPassword({ id: 3, password: 'new-secret-1' })).toEqual({ id: 3, password: 'new-secret-1' });
  });
});

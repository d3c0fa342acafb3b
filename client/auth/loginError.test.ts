import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { loginProblem } from './loginError';

describe('loginProblem', () => {
  it('when the password is wrong, then the server reason is shown as a sentence', () => {
    const error = new HttpError('Sign-in failed', 401, { message: 'Sign-in failed', errors: { password: 'user name or password is not correct' } });
    expect(loginProblem(error)).toEqual({ kind: 'credentials', message: 'User name or password is not correct', fields: {} });
  });

  it('when the account is locked, then the minutes to wait are shown', () => {
    const error = new HttpError('尝试次数过多', 429, { message: '尝试次数过多', errors: { username: '失败次数过多，请 15 分钟后再试' } });
    expect(loginProblem(error)).toMatchObject({ kind: 'locked', message: '失败次数过多，请 15 分钟后再试' });
  });

  it('when a field was missing, then its reason goes beside it', () => {
    const error = new HttpError('部分内容不正确', 400, { message: '部分内容不正确', errors: { username: '必填' } });
    expect(loginProblem(error)).toMatchObject({ kind: 'fields', fields: { username: '必填' } });
  });

  it('when the server cannot be reached, then the user is told so', () => {
    expect(loginProblem(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'unreachable', message: 'crm.auth.login.unreachable' });
  });
});

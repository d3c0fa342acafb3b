import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { failureText, submitErrors } from './submitErrors';

const fields = ['gift_id', 'quantity', 'note'];

describe('errors of a redemption or adjustment request', () => {
  it('when the server names a field of the dialog, then the reason goes beside it and no notification is needed', () => {
    const error = new HttpError('部分内容不正确: quantity 需要 20000 积分，当前余额 3347', 400, {
      message: '部分内容不正确: quantity 需要 20000 积分，当前余额 3347',
      errors: { quantity: '需要 20000 积分，当前余额 3347' },
    });
    expect(submitErrors(error, fields)).toEqual({ fieldErrors: { quantity: '需要 20000 积分，当前余额 3347' }, notice: null });
  });

  it('when the server names a field the dialog does not have, then its reason becomes the notification', () => {
    const error = new HttpError('Invalid', 400, { message: 'Some values are not right: customer_id not found', errors: { customer_id: 'not found' } });
    expect(submitErrors(error, fields)).toEqual({ fieldErrors: {}, notice: 'not found' });
  });

  it('when the request fails without reasons, then the message is the notification', () => {
    expect(submitErrors(new HttpError('Forbidden', 403, { message: '没有权限' }), fields)).toEqual({ fieldErrors: {}, notice: '没有权限' });
    expect(submitErrors(undefined, fields).notice).toBe('ra.notification.http_error');
  });
});

describe('the notification of a refused ledger action', () => {
  it('when the server gives reasons, then they are shown without the message that repeats them', () => {
    const error = new HttpError('x', 400, { message: '部分内容不正确: points 需要 500000 积分', errors: { points: '需要 500000 积分，当前余额 3347' } });
    expect(failureText(error)).toBe('需要 500000 积分，当前余额 3347');
  });

  it('when the server gives only a message (the maker may not approve their own request), then the message is shown', () => {
    expect(failureText(new HttpError('x', 400, { message: '不能审批自己提交的调整' }))).toBe('不能审批自己提交的调整');
    expect(failureText(null)).toBe('ra.notification.http_error');
  });
});

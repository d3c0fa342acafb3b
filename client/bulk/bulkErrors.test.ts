import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { requestFailure } from './bulkErrors';

describe('requestFailure', () => {
  it('when the server refuses values (400), then its message and the reason per field are kept', () => {
    const error = new HttpError('Invalid: tier_id unknown', 400, { message: 'Invalid: tier_id unknown', errors: { tier_id: 'unknown' } });
    expect(requestFailure(error)).toEqual({ status: 400, message: 'Invalid: tier_id unknown', fieldErrors: { tier_id: 'unknown' } });
  });

  it('when the record changed meanwhile (409), then the server message is what the person reads', () => {
    const error = new HttpError('x', 409, { message: '张伟 changed it at 10:02', errors: {} });
    expect(requestFailure(error)).toMatchObject({ status: 409, message: '张伟 changed it at 10:02' });
  });

  it('when the failure is not an HTTP error, then its own message is used', () => {
    expect(requestFailure(new Error('offline'))).toEqual({ status: undefined, message: 'offline', fieldErrors: {} });
  });
});

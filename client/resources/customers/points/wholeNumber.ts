/** react-admin validator: a whole number (points and quantities have no fractions). */
export function wholeNumber(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return Number.isInteger(Number(value)) ? undefined : 'crm.points.whole_number';
}

/** react-admin validator: anything but zero (an adjustment of 0 points changes nothing). */
export function notZero(value: unknown): string | undefined {
  return value !== null && value !== undefined && value !== '' && Number(value) === 0 ? 'crm.points.adjust.not_zero' : undefined;
}

import { describe, expect, it } from 'vitest';
import { fileCell, fileHeading, showCell } from './cellFormat';

describe('report cells', () => {
  it('when a value is shown, then it reads as its kind; nothing reads as a dash', () => {
    expect(showCell(0.755, 'percent')).toBe('75.5%');
    expect(showCell(12345, 'int')).toBe('12,345');
    expect(showCell(1234.5, 'money')).toBe('¥1,234.50');
    expect(showCell(26.25, 'hours')).toBe('26.3');
    expect(showCell(null, 'int')).toBe('–');
    expect(showCell('华东', 'text')).toBe('华东');
  });

  it('when a value goes to the file, then numbers stay numbers and shares become percentages under a marked heading', () => {
    expect(fileCell(0.755, 'percent')).toBe(75.5);
    expect(fileCell(1234.567, 'money')).toBe(1234.57);
    expect(fileCell(Number.NaN, 'int')).toBeNull();
    expect(fileCell(null, 'text')).toBeNull();
    expect(fileHeading('转化率', 'percent')).toBe('转化率 (%)');
    expect(fileHeading('Share %', 'percent')).toBe('Share %');
    expect(fileHeading('客户数', 'int')).toBe('客户数');
  });
});

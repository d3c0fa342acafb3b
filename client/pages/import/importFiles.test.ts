import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from './csvText';
import { errorReportCsv, fileName, fileSize, isImportFile, templateCsv } from './importFiles';

describe('files made in the browser', () => {
  it('when a template is made, then it is one header line of labels behind a UTF-8 BOM, so Excel shows the Chinese', () => {
    expect(templateCsv(['姓名', '联系电话'])).toBe(`${BOM}姓名,联系电话\r\n`);
  });

  it('when a cell holds a comma, quote or line break, then it is quoted with doubled quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'x\ny']])).toBe(`${BOM}"a,b","say ""hi""","x\ny"\r\n`);
  });

  it('when a value would run as a formula, then it is written as text; phones and negative numbers stay as they are', () => {
    expect(toCsv([['=1+1', '@SUM(A1)', '+86 138 0000 0000', '-12.5', '-cmd']])).toBe(`${BOM}'=1+1,'@SUM(A1),+86 138 0000 0000,-12.5,'-cmd\r\n`);
  });

  it('when the error report is made, then each problem is a line with row, column, value and reason', () => {
    const csv = errorReportCsv(
      [
        { row: 3, column: '联系电话', field: 'phone', value: '12345', reason: '手机号格式不正确' },
        { row: 5, column: null, field: 'name', value: null, reason: '必填' },
      ],
      { row: '行号', column: '列', value: '值', reason: '原因' },
      (e) => e.column ?? `[${e.field}]`,
    );
    expect(csv.split('\r\n')).toEqual([`${BOM}行号,列,值,原因`, '3,联系电话,12345,手机号格式不正确', '5,[name],,必填', '']);
  });

  it('when a file name is made, then characters a file system refuses are replaced', () => {
    expect(fileName('客户档案', '导入错误')).toBe('客户档案-导入错误.csv');
    expect(fileName('a/b', 'c:d')).toBe('a_b-c_d.csv');
  });

  it('when a file is chosen, then only .csv and .xlsx are taken', () => {
    expect(isImportFile('客户.CSV')).toBe(true);
    expect(isImportFile('x.xlsx')).toBe(true);
    expect(isImportFile('x.xls')).toBe(false);
  });

  it('when a size is shown, then it reads in MB from a megabyte on, in KB below', () => {
    expect(fileSize(1_776_905)).toBe('1.7 MB');
    expect(fileSize(300)).toBe('1 KB');
    expect(fileSize(820 * 1024)).toBe('820 KB');
  });
});

import { describe, expect, it } from 'vitest';
import { failureOf, ImportFailure, importForm, importUrl, reasonsOf, reportOfMissingColumns } from './importApi';

describe('the import request', () => {
  it('when a first dry run is sent, then no mapping goes with it, so the server matches the headers itself', () => {
    const file = new File(['姓名\n张三\n'], '客户.csv', { type: 'text/csv' });
    const form = importForm({ resource: 'customers', file, duplicates: 'skip', dryRun: true });
    expect(form.get('mapping')).toBeNull();
    expect(form.get('dryRun')).toBe('true');
    expect(form.get('duplicates')).toBe('skip');
    expect((form.get('file') as File).name).toBe('客户.csv');
  });

  it('when a commit with a mapping is sent, then the mapping goes as JSON and dryRun is false', () => {
    const file = new File(['x'], 'a.csv');
    const form = importForm({ resource: 'customers', file, mapping: { 姓名: 'name', 备注: null }, duplicates: 'update', dryRun: false });
    expect(JSON.parse(String(form.get('mapping')))).toEqual({ 姓名: 'name', 备注: null });
    expect(form.get('dryRun')).toBe('false');
    expect(form.get('duplicates')).toBe('update');
  });

  it('when the resource name is put in the URL, then it is encoded', () => {
    expect(importUrl('customers')).toBe('/api/customers/import');
    expect(importUrl('a/b')).toBe('/api/a%2Fb/import');
  });

  it('when the server refuses, then the failure carries its status and message; a success is no failure', () => {
    const failure = failureOf(400, { message: '缺少必填列：姓名' });
    expect(failure?.status).toBe(400);
    expect(failure?.message).toBe('缺少必填列：姓名');
    expect(failureOf(413, null)?.message).toBe('');
    expect(failureOf(200, { total: 1 })).toBeNull();
  });

  it('when the server refuses a file for missing required columns, then its column matching becomes an empty report to fix', () => {
    const columns = [{ header: '电话', field: 'phone', matchedBy: 'synonym' }];
    const report = reportOfMissingColumns(new ImportFailure('文件缺少必填列: name', 400, { message: 'x', columns, missingRequired: ['name'] }), true);
    expect(report?.columns).toEqual(columns);
    expect(report?.missingRequired).toEqual(['name']);
    expect(report?.total).toBe(0);
  });

  it('when another refusal comes, then it is not mistaken for a mapping problem, and its reasons are listed', () => {
    const malformed = new ImportFailure('请检查', 400, { message: '请检查', errors: { file: '文件编码无法识别' } });
    expect(reportOfMissingColumns(malformed, true)).toBeNull();
    expect(reportOfMissingColumns(new ImportFailure('', 413, null), true)).toBeNull();
    expect(reasonsOf(malformed)).toEqual(['文件编码无法识别']);
    expect(reasonsOf(new ImportFailure('', 0, null))).toEqual([]);
  });
});

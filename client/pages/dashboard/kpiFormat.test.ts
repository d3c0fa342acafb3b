import { describe, expect, it } from 'vitest';
import { drillPath, formatPercent, meetsTarget, targetLabel, trendCeiling, trendSeries } from './kpiFormat';
import { dashboardSearch } from './dashboardApi';
import { presetOf, presetRange } from './dateRange';
import type { KpiKey } from './dashboardApi';
import { dashboardMessagesZh } from '../../i18n/dashboard.zh';
import { dashboardMessagesEn } from '../../i18n/dashboard.en';

describe('formatPercent', () => {
  it('when a share is given, then it reads as a percentage with at most one decimal', () => {
    expect(formatPercent(0.925)).toBe('92.5%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.05)).toBe('5%');
    expect(formatPercent(0.12345)).toBe('12.3%');
    expect(formatPercent(0)).toBe('0%');
  });
  it('when nothing was counted, then it shows a dash', () => {
    expect(formatPercent(null)).toBe('–');
  });
});

describe('meetsTarget', () => {
  it('when higher is better, then the target itself and above meet it', () => {
    expect(meetsTarget(0.9, 0.9, false)).toBe(true);
    expect(meetsTarget(0.95, 0.9, false)).toBe(true);
    expect(meetsTarget(0.89, 0.9, false)).toBe(false);
  });
  it('when lower is better (churn), then the target itself and below meet it and above misses', () => {
    expect(meetsTarget(0.05, 0.05, true)).toBe(true);
    expect(meetsTarget(0.02, 0.05, true)).toBe(true);
    expect(meetsTarget(0.08, 0.05, true)).toBe(false);
  });
  it('when the value rounds to the target as shown, then it counts as met (no "90% off a 90% target")', () => {
    expect(meetsTarget(0.89996, 0.9, false)).toBe(true);
  });
  it('when there is no value, then there is no judgement', () => {
    expect(meetsTarget(null, 0.9, false)).toBeNull();
  });
});

describe('targetLabel', () => {
  it('when lower is better, then the label says at most; otherwise at least', () => {
    expect(targetLabel({ target: 0.05, lower_is_better: true })).toEqual({ key: 'target_at_most', pct: '5%' });
    expect(targetLabel({ target: 0.9, lower_is_better: false })).toEqual({ key: 'target_at_least', pct: '90%' });
  });
});

describe('drillPath', () => {
  it('when a tile drills down, then the path opens the resource list with the filter as JSON', () => {
    const path = drillPath({ resource: 'customers', filter: { churn_kpi: '2026-11-01:2026-11-30', region: '华东 & 北' } });
    expect(path.startsWith('/customers?filter=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(path.split('filter=')[1]))).toEqual({ churn_kpi: '2026-11-01:2026-11-30', region: '华东 & 北' });
    expect(path).not.toContain('&');
  });
});

describe('trendSeries', () => {
  it('when a month had nothing to count, then it stays a gap, not a zero', () => {
    const series = trendSeries([{ month: '2026-10', value: 0.5, count: 2 }, { month: '2026-11', value: null, count: 0 }]);
    expect(series).toEqual({ months: ['2026-10', '2026-11'], values: [50, null] });
  });
});

describe('dashboardSearch', () => {
  it('when only some filters are set, then only those are sent', () => {
    expect(dashboardSearch({ from: '2026-11-01', to: '2026-11-24', region: '', owner_id: 7 })).toBe('?from=2026-11-01&to=2026-11-24&owner_id=7');
    expect(dashboardSearch({})).toBe('');
  });
});

describe('presetRange', () => {
  const today = '2026-11-24';
  it('when a preset is picked, then it covers from its start to today', () => {
    expect(presetRange('month', today)).toEqual({ from: '2026-11-01', to: today });
    expect(presetRange('last30', today)).toEqual({ from: '2026-10-26', to: today });
    expect(presetRange('quarter', today)).toEqual({ from: '2026-10-01', to: today });
    expect(presetRange('year', today)).toEqual({ from: '2026-01-01', to: today });
    expect(presetRange('quarter', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });
  it('when a range matches a preset, then presetOf names it; a hand-picked range names none', () => {
    expect(presetOf({ from: '2026-10-26', to: today }, today)).toBe('last30');
    expect(presetOf({ from: '2026-10-27', to: today }, today)).toBeNull();
  });
});

describe('KPI names', () => {
  // a Record over KpiKey: adding a KPI on the server fails to compile here until it is listed
  const keys: Record<KpiKey, true> = {
    satisfaction: true, loyalty: true, churn: true, appointment_success: true, complaint_response: true, follow_up_completion: true,
  };
  it('when the server names a KPI, then both languages have a tile title for it', () => {
    for (const key of Object.keys(keys)) {
      expect(dashboardMessagesZh.kpis[key as KpiKey], `zh ${key}`).toBeTruthy();
      expect(dashboardMessagesEn.kpis[key as KpiKey], `en ${key}`).toBeTruthy();
    }
    expect(Object.keys(dashboardMessagesZh.kpis).sort()).toEqual(Object.keys(keys).sort());
  });
});

describe('trendCeiling', () => {
  it('when higher is better, then the scale is 0–100', () => {
    expect(trendCeiling({ target: 0.9, lower_is_better: false }, [50, 95])).toBe(100);
  });
  it('when lower is better, then the scale is twice the target or just above the worst month', () => {
    expect(trendCeiling({ target: 0.05, lower_is_better: true }, [2, 4, null])).toBe(10);
    expect(trendCeiling({ target: 0.05, lower_is_better: true }, [2, 20])).toBeCloseTo(23);
  });
});

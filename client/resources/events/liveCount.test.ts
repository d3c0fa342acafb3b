import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveCount, type Answer } from './liveCount';

describe('liveCount', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** a count whose answers the test releases one by one, in any order */
  function world() {
    const pending = new Map<string, { resolve: (n: number) => void; reject: (e: unknown) => void }>();
    const asked: string[] = [];
    const settled: [string, Answer<number>][] = [];
    const counter = liveCount(
      (q: string) => {
        asked.push(q);
        return new Promise<number>((resolve, reject) => pending.set(q, { resolve, reject }));
      },
      (q, a) => settled.push([q, a]),
      400,
    );
    return { counter, asked, settled, pending };
  }

  it('When questions follow each other within 400 ms, then only the last one is asked, once it has rested', async () => {
    const { counter, asked } = world();
    counter.ask('a');
    await vi.advanceTimersByTimeAsync(300);
    counter.ask('ab');
    await vi.advanceTimersByTimeAsync(300);
    counter.ask('abc');
    await vi.advanceTimersByTimeAsync(399);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual(['abc']);
  });

  it('When an earlier answer arrives after a later question was asked, then it is dropped', async () => {
    const { counter, asked, settled, pending } = world();
    counter.ask('first');
    await vi.advanceTimersByTimeAsync(400);
    counter.ask('second');
    await vi.advanceTimersByTimeAsync(400);
    expect(asked).toEqual(['first', 'second']);
    pending.get('second')?.resolve(2);
    await vi.advanceTimersByTimeAsync(0);
    pending.get('first')?.resolve(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toEqual([['second', { result: 2, error: null }]]);
  });

  it('When the count fails, then the error is settled; when stopped, then nothing is', async () => {
    const { counter, settled, pending } = world();
    counter.ask('bad');
    await vi.advanceTimersByTimeAsync(400);
    pending.get('bad')?.reject(new Error('400'));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toEqual([['bad', { result: null, error: new Error('400') }]]);
    counter.ask('late');
    await vi.advanceTimersByTimeAsync(400);
    counter.stop();
    pending.get('late')?.resolve(9);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toHaveLength(1);
  });
});

/** The client's Debouncer: only the last scheduled call runs, once the delay has passed; cancel drops it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Debouncer } from '../../client/debounce.js';

describe('Debouncer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs only the last scheduled call, after the delay', () => {
    const calls: string[] = [];
    const later = new Debouncer(100);
    later.schedule(() => calls.push('first'));
    vi.advanceTimersByTime(60);
    later.schedule(() => calls.push('second'));
    vi.advanceTimersByTime(99);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['second']);
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(['second']);
  });

  it('drops the pending call on cancel, and can be scheduled again afterwards', () => {
    const calls: number[] = [];
    const later = new Debouncer(50);
    later.schedule(() => calls.push(1));
    later.cancel();
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([]);
    later.schedule(() => calls.push(2));
    vi.advanceTimersByTime(50);
    expect(calls).toEqual([2]);
  });
});

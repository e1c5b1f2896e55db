import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstAnswer } from '../../../src/main/store/upkeep-schedule';

describe('afterFirstAnswer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts the upkeep a few seconds after the first answer, once', async () => {
    let answer = () => {};
    const start = vi.fn();
    afterFirstAnswer(new Promise<void>((resolve) => (answer = resolve)), start);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(start).not.toHaveBeenCalled();
    answer();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(start).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts it after a minute when nothing asks, and never after a cancel', async () => {
    const start = vi.fn();
    afterFirstAnswer(new Promise<void>(() => {}), start);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(start).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    const cancel = afterFirstAnswer(Promise.resolve(), cancelled);
    cancel();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});

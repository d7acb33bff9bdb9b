import { describe, expect, it } from 'vitest';
import {
  nextQuotaLevel,
  quotaFigures,
  stepQuotaLevels,
  usagePercent,
  type QuotaLevel,
} from './quota-levels.js';

/** Walks a mailbox through usages (percent of a 1000-unit limit); the notices sent on the way. */
const walk = (percents: number[], start: QuotaLevel = 0) => {
  let level = start;
  const notices: (number | null)[] = [];
  for (const p of percents) {
    const step = nextQuotaLevel(level, p * 10, 1000);
    level = step.level;
    notices.push(step.notice);
  }
  return { level, notices };
};

describe('quota warning hysteresis', () => {
  it('warns once above 80 %, once above 95 %, and sends the all-clear once below 75 %', () => {
    expect(walk([50, 81, 85, 90, 96, 99, 100, 80, 74, 60, 50])).toEqual({
      level: 0,
      notices: [null, 80, null, null, 95, null, null, null, 75, null, null],
    });
  });

  it('is above a threshold only past it: exactly 80 % or 95 % warns of nothing new, exactly 75 % re-arms nothing', () => {
    expect(walk([80]).notices).toEqual([null]);
    expect(walk([95], 80).notices).toEqual([null]);
    expect(walk([75], 95)).toEqual({ level: 95, notices: [null] });
    expect(nextQuotaLevel(0, 801, 1000)).toEqual({ level: 80, notice: 80 });
    expect(nextQuotaLevel(80, 749, 1000)).toEqual({ level: 0, notice: 75 });
  });

  it('jumping from below 80 % straight above 95 % sends only the 95 % warning', () => {
    expect(walk([10, 97])).toEqual({ level: 95, notices: [null, 95] });
  });

  it('between 75 % and the level reached it stays quiet, and does not warn again on the way back up', () => {
    // After the 95 % warning, back to 85 % and up again: nothing.
    expect(walk([96, 85, 78, 97], 0).notices).toEqual([95, null, null, null]);
    // After the 80 % warning, down to 76 % and up to 90 %: nothing.
    expect(walk([81, 76, 90]).notices).toEqual([80, null, null]);
  });

  it('re-armed below 75 %, it warns again on the next crossing', () => {
    expect(walk([81, 70, 82, 60, 99]).notices).toEqual([80, 75, 80, 75, 95]);
  });

  it('a lower limit counts like more usage: the same usage against a smaller quota warns', () => {
    expect(nextQuotaLevel(0, 900, 3000)).toEqual({ level: 0, notice: null });
    expect(nextQuotaLevel(0, 900, 1000)).toEqual({ level: 80, notice: 80 });
    expect(nextQuotaLevel(80, 900, 3000)).toEqual({ level: 0, notice: 75 });
  });

  it('a missing or zero limit changes nothing', () => {
    expect(nextQuotaLevel(80, 10, 0)).toEqual({ level: 80, notice: null });
    expect(nextQuotaLevel(0, 10, 0)).toEqual({ level: 0, notice: null });
  });

  it('works on real byte counts without overflow: 25 GB', () => {
    const limit = 25 * 1024 ** 3;
    expect(nextQuotaLevel(0, Math.floor(limit * 0.96), limit)).toEqual({ level: 95, notice: 95 });
    expect(usagePercent(Math.floor(limit * 0.96), limit)).toBe(96);
  });

  it('shows percentages rounded down', () => {
    expect(usagePercent(999, 1000)).toBe(99);
    expect(usagePercent(1000, 1000)).toBe(100);
    expect(usagePercent(5, 0)).toBe(0);
  });

  it('storage (MiB quota) and message count move apart, each with its own level', () => {
    const figures = quotaFigures(
      { quotaMb: 50, maxMessages: 20 },
      { bytes: 49 * 1024 * 1024, messages: 17 },
    );
    expect(figures).toEqual({
      storage: { used: 49 * 1024 * 1024, limit: 50 * 1024 * 1024 },
      messages: { used: 17, limit: 20 },
    });
    expect(stepQuotaLevels({ storage: 0, messages: 0 }, figures)).toEqual({
      to: { storage: 95, messages: 80 },
      crossings: [
        { metric: 'storage', threshold: 95, used: 49 * 1024 * 1024, limit: 50 * 1024 * 1024 },
        { metric: 'messages', threshold: 80, used: 17, limit: 20 },
      ],
    });
    expect(stepQuotaLevels({ storage: 95, messages: 80 }, figures)).toEqual({
      to: { storage: 95, messages: 80 },
      crossings: [],
    });
  });
});

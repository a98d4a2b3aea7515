import { describe, expect, it } from 'vitest';
// @ts-expect-error: the bench is plain JavaScript run by Node, without type declarations.
import { frames, tasks } from '../bench/trace.mjs';

const task = (name: string, ts: number, dur: number) => ({ ph: 'X', name, ts, dur });
const frame = (ts: number) => ({ ph: 'I', name: 'BeginMainThreadFrame', ts });

describe('reading a trace', () => {
  it('counts a task recorded twice, RunTask around ThreadControllerImpl::RunTask, once', () => {
    const thread = [
      task('RunTask', 1000, 4000),
      task('ThreadControllerImpl::RunTask', 1010, 3980),
      task('RunTask', 8000, 2000),
    ];
    expect(tasks(thread)).toEqual([
      [1, 5],
      [8, 10],
    ]);
  });

  it('measures how much of each frame the main thread was busy', () => {
    const thread = [
      frame(0),
      task('RunTask', 1000, 4000),
      task('ThreadControllerImpl::RunTask', 1010, 3980),
      frame(16_000),
      task('RunTask', 15_000, 3000),
      frame(32_000),
    ];
    expect(frames(thread, tasks(thread), 0, 40)).toEqual([
      { duration: 16, busy: 5 },
      { duration: 16, busy: 2 },
    ]);
  });
});

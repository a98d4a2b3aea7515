// Reads a Chromium performance trace: the renderer's main-thread tasks and frames.

/** The trace events of the renderer main thread that ran the page (the one with our marks). */
export function mainThread(events, markName) {
  const mark = events.find((e) => e.name === markName);
  if (!mark) throw new Error(`the trace has no ${markName} mark`);
  const names = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === mark.pid,
  );
  const main = names.find((e) => e.args?.name === 'CrRendererMain');
  const tid = main ? main.tid : mark.tid;
  return events.filter((e) => e.pid === mark.pid && e.tid === tid);
}

export function markTime(events, name) {
  const mark = events.find((e) => e.name === name);
  if (!mark) throw new Error(`the trace has no ${name} mark`);
  return mark.ts / 1000;
}

/**
 * Top-level tasks as [start, end] in milliseconds. Chromium records most tasks twice, a
 * `ThreadControllerImpl::RunTask` inside a `RunTask`: only the outermost is kept, or every
 * task's time would be counted twice.
 */
export function tasks(thread) {
  const spans = thread
    .filter(
      (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
    )
    .map((e) => [e.ts / 1000, (e.ts + (e.dur ?? 0)) / 1000])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const outermost = [];
  for (const span of spans) {
    const last = outermost.at(-1);
    if (last && span[1] <= last[1]) continue;
    outermost.push(span);
  }
  return outermost;
}

/** The longest task starting in [from, to]. */
export function longestTask(taskList, from, to) {
  return Math.max(0, ...taskList.filter(([s]) => s >= from && s <= to).map(([s, e]) => e - s));
}

/**
 * Frames in [from, to]: the gaps between successive main-thread frame starts, and how much of
 * each gap the main thread was busy.
 */
export function frames(thread, taskList, from, to) {
  const starts = thread
    .filter((e) => e.name === 'BeginMainThreadFrame')
    .map((e) => e.ts / 1000)
    .filter((t) => t >= from && t <= to)
    .sort((a, b) => a - b);
  const unique = starts.filter((t, i) => i === 0 || t - starts[i - 1] > 1);
  const result = [];
  for (let i = 1; i < unique.length; i++) {
    const [a, b] = [unique[i - 1], unique[i]];
    const busy = taskList.reduce(
      (sum, [s, e]) => sum + Math.max(0, Math.min(b, e) - Math.max(a, s)),
      0,
    );
    result.push({ duration: b - a, busy });
  }
  return result;
}

/**
 * A frame whose main-thread work alone took longer than a 60 Hz frame. (Counting frames that
 * arrived late would also count the software compositor and raster threads, which on two cores
 * without a GPU miss a vsync now and then even for an idle page.)
 */
export const isOverBudget = (frame) => frame.busy > 16.7;

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function median(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length ? percentile(finite, 50) : NaN;
}

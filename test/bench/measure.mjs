// One measured visit of a board (Termboard or the peer) in a fresh browser context.
import {
  frames,
  isOverBudget,
  longestTask,
  mainThread,
  markTime,
  percentile,
  tasks,
} from './trace.mjs';

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'blink.user_timing',
];

async function traceDuring(cdp, work) {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES },
    transferMode: 'ReturnAsStream',
  });
  await work();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const mark = (page, name) => page.evaluate((n) => performance.mark(n), name);

const HEAP_WARM_UP_CYCLES = 10;
const HEAP_CYCLES = 20;

async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

function monthRegion(page, name) {
  return page.getByRole('region', { name: new RegExp(`^${name}`) });
}

async function centre(locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 30) };
}

/** A continuous pointer drag for `ms`, sweeping right across the months and back. */
async function sweep(page, from, ms, span) {
  const start = Date.now();
  for (;;) {
    const t = (Date.now() - start) / ms;
    if (t >= 1) break;
    const phase = t < 0.5 ? t * 2 : 2 - t * 2;
    await page.mouse.move(from.x + 8 + phase * span, from.y + 40 + 60 * Math.sin(t * 6.28));
    await new Promise((r) => setTimeout(r, 8));
  }
}

/** Time from an input event to the frame after it (both measured in the page). */
async function keyToPaint(page, key) {
  await page.evaluate(() => {
    window.__keyLatency = null;
    window.addEventListener(
      'keydown',
      (event) => {
        const t0 = event.timeStamp;
        requestAnimationFrame(() =>
          setTimeout(() => (window.__keyLatency = performance.now() - t0)),
        );
      },
      { capture: true, once: true },
    );
  });
  await page.keyboard.press(key);
  await page.waitForFunction(() => window.__keyLatency !== null);
  return page.evaluate(() => window.__keyLatency);
}

/** A page in a context of its own, with no CDP session unless the CPU is to be throttled. */
async function freshPage(browser, throttle) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  return { context, page };
}

/**
 * PDF export, the first time (jsPDF and the font load) and again, in a visit of its own: a page
 * that has been traced and had its garbage collected through CDP stays slower for the rest of its
 * life. In four visits each at 1,000 notes, the warm export's median was 728 ms in a fresh page,
 * 844 ms after the forced collections alone and 915 ms after a trace as well; detaching the CDP
 * session did not bring it back.
 */
async function measurePdfVisit(browser, url, throttle) {
  const { context, page } = await freshPage(browser, throttle);
  await page.goto(url);
  const drawn = () => performance.getEntriesByName('termboard:all-drawn').length > 0;
  await page.waitForFunction(drawn, null, { timeout: 60_000 });
  await page.waitForTimeout(300);
  const cold = await pdfExport(page);
  const warm = await pdfExport(page);
  await context.close();
  return { cold, warm };
}

/** Export PDF with the dialog's defaults; the app measures from Export to the file handed over. */
async function pdfExport(page) {
  await page.evaluate(() => performance.clearMeasures('termboard:pdf-export'));
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  await dialog.waitFor({ state: 'hidden' });
  return page.evaluate(() => performance.getEntriesByName('termboard:pdf-export')[0].duration);
}

const SUGGEST_MEASURES = ['termboard:suggest', 'termboard:suggest-search'];

/**
 * Suggest re-sequencing the whole plan: the button suggests placing the tray's notes when it has
 * any, so the bar's box then asks for the whole plan again. The app records two measures per
 * answer: `termboard:suggest-search` (the search alone, timed where it ran) and `termboard:suggest`
 * (from the start of the work to the answer, with starting the worker and copying the plan). Read
 * are the last of each, once the whole-plan answer has added its pair; Discard puts the plan back.
 */
export async function suggestWholePlan(page) {
  await page.evaluate(
    (names) => names.forEach((n) => performance.clearMeasures(n)),
    SUGGEST_MEASURES,
  );
  const count = () =>
    page.evaluate((n) => performance.getEntriesByName(n).length, SUGGEST_MEASURES[1]);
  await page.getByRole('button', { name: 'Suggest', exact: true }).click();
  const bar = page.getByRole('region', { name: 'Suggested sequence' });
  await bar.waitFor({ timeout: 60_000 });
  const whole = bar.getByRole('checkbox', { name: /^Re-sequence the whole plan/ });
  if (!(await whole.isChecked())) {
    const before = await count();
    await whole.check();
    await page.waitForFunction(
      ([n, c]) => performance.getEntriesByName(n).length > c,
      [SUGGEST_MEASURES[1], before],
      { timeout: 60_000 },
    );
  }
  // The box is disabled while the bar works; enabled again, the whole-plan answer is on show.
  await whole.and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
  const [wait, search] = await page.evaluate(
    (names) => names.map((n) => performance.getEntriesByName(n).at(-1).duration),
    SUGGEST_MEASURES,
  );
  await bar.getByRole('button', { name: 'Discard', exact: true }).click();
  await bar.waitFor({ state: 'hidden' });
  return { search, wait };
}

/**
 * Visits `url` and measures load, drag, pickup, drop, keyboard move, undo, memory, PDF export and
 * Suggest. `kind` is 'termboard' or 'peer'; the peer has no undo, keyboard, PDF or Suggest figures.
 */
export async function measureVisit(browser, url, kind, { throttle = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const readyMark = kind === 'peer' ? 'peer:ready' : 'termboard:ready';
  // Termboard draws a cell's first notes at once and the rest over the next frames; the peer
  // draws every note in its first frame.
  const wholeMark = kind === 'peer' ? 'peer:ready' : 'termboard:all-drawn';
  const drawnMark = kind === 'peer' ? 'peer:drop-drawn' : 'termboard:warnings-drawn';
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, wholeMark, {
    timeout: 60_000,
  });
  await page.waitForTimeout(300);
  const load = await page.evaluate(
    ([readyName, wholeName]) => {
      const ready = performance.getEntriesByName(readyName)[0].startTime;
      const whole = performance.getEntriesByName(wholeName)[0].startTime;
      // Until every note is drawn, the frames that draw the rest count as load too.
      const until = Math.max(ready, whole);
      const during = window.__longTasks.filter((t) => t.start <= until).map((t) => t.duration);
      return { interactive: ready, allDrawn: whole, longestTask: Math.max(0, ...during) };
    },
    [readyMark, wholeMark],
  );
  const heapAfterLoad = await heapMB(cdp);

  // Drag, traced: pick up the first note of September, sweep across the months for 2 s.
  const source = monthRegion(page, 'September 2026').getByRole('button').first();
  const from = await centre(source);
  const october = await centre(monthRegion(page, 'October 2026'));
  const span = (october.x - from.x) * 10;
  const trace = await traceDuring(cdp, async () => {
    await page.mouse.move(from.x, from.y);
    await mark(page, 'bench:down');
    await page.mouse.down();
    await page.mouse.move(from.x + 10, from.y + 4, { steps: 3 });
    await mark(page, 'bench:sweep');
    await sweep(page, from, 2000, span);
    await mark(page, 'bench:sweep-end');
    await page.keyboard.press('Escape');
    await page.mouse.up();
  });
  const thread = mainThread(trace, 'bench:down');
  const taskList = tasks(thread);
  const down = markTime(trace, 'bench:down');
  const sweepStart = markTime(trace, 'bench:sweep');
  const sweepEnd = markTime(trace, 'bench:sweep-end');
  const dragFrames = frames(thread, taskList, sweepStart, sweepEnd);
  const busy = dragFrames.map((f) => f.busy);
  const drag = {
    frames: dragFrames.length,
    busyP50: percentile(busy, 50),
    busyP95: percentile(busy, 95),
    overShare: dragFrames.length ? dragFrames.filter(isOverBudget).length / dragFrames.length : NaN,
  };
  const pickup = longestTask(taskList, down, sweepStart + 50);

  // Drop: pointer up to the next frame with the warnings (or the peer's columns) redrawn.
  const target = await centre(monthRegion(page, 'December 2026'));
  await page.waitForTimeout(200);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 4, { steps: 3 });
  await page.mouse.move(target.x, target.y + 80, { steps: 10 });
  await page.evaluate(() => {
    performance.clearMarks();
    window.addEventListener('mouseup', (e) => (window.__up = e.timeStamp), {
      capture: true,
      once: true,
    });
  });
  await page.mouse.up();
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, drawnMark);
  const drop = await page.evaluate(
    (m) => performance.getEntriesByName(m)[0].startTime - window.__up,
    drawnMark,
  );
  await page.waitForTimeout(300);

  let keyboardMove = NaN;
  let undo = NaN;
  if (kind === 'termboard') {
    await monthRegion(page, 'November 2026').getByRole('button').first().focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    keyboardMove = await keyToPaint(page, 'ArrowRight');
    await page.keyboard.press('Space');
    await page.waitForTimeout(300);
    undo = await keyToPaint(page, 'Control+z');
  }

  // Memory: the heap before and after 20 drag (and undo) cycles, after 10 more as a warm-up. In
  // the first cycles the heap grows by what V8 compiles for the drop and undo paths (a heap
  // snapshot diff: 717 of 796 kB was compiled code, and the app's own objects did not grow); a
  // leak is what still grows once that is done.
  const dragCycles = async (count) => {
    for (let i = 0; i < count; i++) {
      // Termboard undoes each move; the peer, which has no undo, moves the note back next time.
      const [a, b] =
        kind === 'peer' && i % 2
          ? ['February 2027', 'January 2027']
          : ['January 2027', 'February 2027'];
      const note = await centre(monthRegion(page, a).getByRole('button').first());
      const to = await centre(monthRegion(page, b));
      await page.mouse.move(note.x, note.y);
      await page.mouse.down();
      await page.mouse.move(note.x + 10, note.y + 4, { steps: 2 });
      await page.mouse.move(to.x, to.y + 80, { steps: 5 });
      await page.mouse.up();
      await page.waitForTimeout(120);
      if (kind === 'termboard') await page.keyboard.press('Control+z');
    }
  };
  await dragCycles(HEAP_WARM_UP_CYCLES);
  const heapBeforeCycles = await heapMB(cdp);
  await dragCycles(HEAP_CYCLES);
  await page.waitForTimeout(500);
  const heapAfterCycles = await heapMB(cdp);

  // Suggest, last so that its chunk and its worker touch no figure above: the whole plan's search.
  const suggest = kind === 'termboard' ? await suggestWholePlan(page) : { search: NaN, wait: NaN };

  await context.close();

  const pdf = kind === 'termboard' ? await measurePdfVisit(browser, url, throttle) : null;
  return {
    interactive: load.interactive,
    allDrawn: load.allDrawn,
    loadLongestTask: load.longestTask,
    dragBusyP50: drag.busyP50,
    dragBusyP95: drag.busyP95,
    dragOverShare: drag.overShare,
    dragFrames: drag.frames,
    pickupLongestTask: pickup,
    drop,
    keyboardMove,
    undo,
    heapMB: heapAfterLoad,
    heapGrowth: (heapAfterCycles - heapBeforeCycles) / heapBeforeCycles,
    pdfCold: pdf?.cold ?? NaN,
    pdfWarm: pdf?.warm ?? NaN,
    suggest: suggest.search,
    suggestWait: suggest.wait,
  };
}

/**
 * The floor under the PDF export: what jsPDF alone takes to write the same document's text (see
 * `pdf-floor/main.ts`), `runs` times in one fresh page after warm-ups; the times, in ms.
 */
export async function measurePdfFloor(browser, url, size, runs, { throttle = 1 } = {}) {
  const { context, page } = await freshPage(browser, throttle);
  await page.goto(url);
  await page.waitForFunction(() => typeof window.pdfTextFloor === 'function');
  const times = await page.evaluate(([s, r]) => window.pdfTextFloor(s, r), [size, runs]);
  await context.close();
  return times;
}

import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';
import { mainThread, tasks } from './trace.mjs';
const server = await serve({ '/peer/': 'dist-bench/peer', '/': 'dist' });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const cdp = await page.context().newCDPSession(page);
await page.goto(`${base}/${process.argv[2] ?? 'peer/'}?bench=300&seed=1`);
await page.waitForTimeout(1500);
await cdp.send('Tracing.start', {
  traceConfig: {
    includedCategories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline.frame',
      'disabled-by-default-devtools.timeline',
      'toplevel',
      'blink.user_timing',
    ],
  },
  transferMode: 'ReturnAsStream',
});
await page.evaluate(() => performance.mark('bench:down'));
const t0 = Date.now();
while (Date.now() - t0 < 1000) {
  await page.mouse.move(100 + (Date.now() - t0) / 2, 300);
  await new Promise((r) => setTimeout(r, 8));
}
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
const { stream } = await done;
let text = '';
for (;;) {
  const c = await cdp.send('IO.read', { handle: stream });
  text += c.base64Encoded ? Buffer.from(c.data, 'base64').toString() : c.data;
  if (c.eof) break;
}
const ev = JSON.parse(text);
const events = Array.isArray(ev) ? ev : ev.traceEvents;
const thread = mainThread(events, 'bench:down');
const counts = {};
for (const e of thread) counts[e.name] = (counts[e.name] || 0) + 1;
console.log(
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25),
);
const allFrames = events.filter((e) => /Frame/.test(e.name));
const fc = {};
for (const e of allFrames) fc[e.name + '@' + e.tid] = (fc[e.name + '@' + e.tid] || 0) + 1;
console.log(fc);
const bm = thread.filter((e) => e.name === 'BeginMainThreadFrame').map((e) => e.ts / 1000);
const gaps = bm.slice(1).map((t, i) => t - bm[i]);
gaps.sort((a, b) => a - b);
console.log(
  'BMTF gaps',
  gaps.length,
  gaps.slice(0, 3),
  gaps[Math.floor(gaps.length / 2)],
  gaps.slice(-5),
);
const tl = tasks(thread);
console.log('tasks', tl.length, 'total busy', tl.reduce((s, [a, b]) => s + b - a, 0).toFixed(1));
await browser.close();
server.close();

import { expect, test, type Page } from '@playwright/test';
import { month, openBoard, term } from './helpers';

test.use({ viewport: { width: 1024, height: 768 } });

/** The smallest text size inside every note on screen, in px. */
async function smallestNoteText(page: Page): Promise<number> {
  const sizes = await page
    .getByRole('region', { name: /^\w+ \d{4}/ })
    .getByRole('button', { name: /.+/ })
    .evaluateAll((notes) =>
      notes
        .filter((n) => n.getAttribute('aria-roledescription') === 'note')
        .flatMap((n) => [n, ...n.querySelectorAll('*')])
        .filter((e) => [...e.childNodes].some((c) => c.nodeType === 3 && c.textContent?.trim()))
        .map((e) => parseFloat(getComputedStyle(e).fontSize)),
    );
  expect(sizes.length).toBeGreaterThan(0);
  return Math.min(...sizes);
}

/** Notes whose box reaches outside their month's column. */
async function overflowingNotes(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: /^\w+ \d{4}/ }).evaluateAll((months) =>
    months.flatMap((m) => {
      const column = m.getBoundingClientRect();
      return [...m.querySelectorAll('[aria-roledescription="note"]')]
        .filter((n) => {
          const box = n.getBoundingClientRect();
          return box.left < column.left - 0.5 || box.right > column.right + 0.5;
        })
        .map((n) => n.getAttribute('aria-label') ?? '');
    }),
  );
}

test('present mode fills a 1024x768 projector with the year, every note readable', async ({
  page,
}, testInfo) => {
  await openBoard(page);
  await page.keyboard.press('f');
  const bar = page.getByRole('banner', { name: 'Present mode' });
  await expect(bar).toBeVisible();
  await expect(bar).toContainText('problem');
  // The chrome is gone: no toolbar, no find bar, no tray.
  await expect(page.getByRole('button', { name: 'Import' })).toHaveCount(0);
  await expect(page.getByRole('search')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Unscheduled/ })).toHaveCount(0);
  // The whole twelve-month sample plan is on screen, side by side.
  for (const name of ['September 2026', 'August 2027']) {
    const box = await month(page, name).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1024 + 1);
  }
  expect(await smallestNoteText(page)).toBeGreaterThanOrEqual(16);
  expect(await overflowingNotes(page)).toEqual([]);
  const load = term(page, 'Spring 2027').getByText(/^\d+ \/ \d+$/);
  expect(
    parseFloat(await load.evaluate((e) => getComputedStyle(e).fontSize)),
  ).toBeGreaterThanOrEqual(20);

  // A finger on the whiteboard: every control of the bar, and every Add, is 44 px or more.
  const targets = [
    bar.getByRole('button'),
    bar.getByRole('combobox'),
    page.getByRole('button', { name: /^Add an action/ }),
  ];
  for (const target of targets)
    for (const box of await target.evaluateAll((all) => all.map((e) => e.getBoundingClientRect())))
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);

  for (const theme of ['Light', 'Dark', 'High contrast']) {
    await bar.getByLabel('Theme').selectOption({ label: theme });
    await page.screenshot({ path: testInfo.outputPath(`present-${theme}.png`) });
  }

  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import' })).toBeVisible();
});

test('a plan longer than a page is presented a page of terms at a time', async ({ page }) => {
  // The bench's generated plan runs for eighteen months.
  await page.goto('/?bench=300&seed=1');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(month(page, 'September 2026')).toBeVisible();
  await expect(month(page, 'September 2027')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(month(page, 'September 2027')).toBeVisible();
  await expect(month(page, 'September 2026')).toHaveCount(0);
  await page.getByRole('button', { name: 'Earlier terms' }).click();
  await expect(month(page, 'September 2026')).toBeVisible();
  // Zoom makes the notes bigger; Fit brings the page back to the screen's width.
  const width = async () => (await month(page, 'October 2026').boundingBox())!.width;
  const fitted = await width();
  await page.keyboard.press('Control+=');
  expect(await width()).toBeGreaterThan(fitted);
  await page.getByRole('button', { name: 'Fit' }).click();
  expect(await width()).toBeCloseTo(fitted, 0);
  // A trackpad pinch comes as Ctrl+wheel.
  await page.keyboard.down('Control');
  await page.mouse.move(500, 400);
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(width).toBeGreaterThan(fitted);
  await page.getByRole('button', { name: 'Leave present mode' }).click();
  await expect(month(page, 'September 2027')).toBeVisible();
});

test('the theme is remembered after a reload', async ({ page }) => {
  await openBoard(page);
  const theme = page.getByRole('combobox', { name: 'Theme' });
  const paper = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await paper();
  await theme.selectOption({ label: 'Dark' });
  await expect.poll(paper).not.toBe(light);
  const dark = await paper();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  expect(await paper()).toBe(dark);
});

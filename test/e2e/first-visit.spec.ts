import { expect, test, type Locator } from '@playwright/test';
import { month, note, openBoard, term, tray } from './helpers';

const MONTH_NAME =
  /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/;

test('a first visit shows the sample plan: months under terms, notes and the Unscheduled tray', async ({
  page,
}) => {
  await openBoard(page);
  expect(await page.getByRole('region', { name: MONTH_NAME }).count()).toBeGreaterThanOrEqual(12);
  await expect(month(page, 'October 2026')).toBeVisible();
  await expect(month(page, 'August 2027')).toBeVisible();

  await expect(tray(page)).toBeVisible();
  await expect(note(tray(page), 'Peer observation of feedback practice')).toBeVisible();
  await expect(note(tray(page), 'Library refit for reading for pleasure')).toBeVisible();

  const audit = note(month(page, 'October 2026'), 'Audit feedback in exercise books');
  await expect(audit).toBeVisible();
  await expect(audit).toContainText('ŁB');
  await expect(audit).toContainText('FBK');

  // Spring 2027 holds 11 notes against a capacity of 8, shown in numbers and in words.
  await expect(term(page, 'Spring 2027')).toContainText('13 / 8');
  await expect(term(page, 'Spring 2027').getByText(/^⚠\s*Over$/)).toBeVisible();
  await expect(term(page, 'Autumn 2026')).toContainText('8 / 8');
  await expect(term(page, 'Autumn 2026').getByText(/Over/)).toHaveCount(0);
});

test('a plan of 300 notes soon shows every note, as many in each month as its heading counts', async ({
  page,
}) => {
  // A cell draws its first notes at once and the rest over the next frames.
  await page.goto('/?bench=300&seed=1');
  const notesIn = (scope: Locator) => scope.getByRole('button', { name: /, (owner|no owner)\b/ });
  for (const name of ['September 2026', 'March 2027', 'February 2028']) {
    const region = month(page, name);
    const heading = await region.getByRole('heading', { level: 2 }).getAttribute('aria-label');
    const count = Number(/, (\d+) actions?/.exec(heading ?? '')?.[1]);
    expect(count, name).toBeGreaterThan(8);
    await expect(notesIn(region), name).toHaveCount(count);
  }
  const trayHeading = await tray(page).getByRole('heading').first().textContent();
  const inTray = Number(/\d+/.exec(trayHeading ?? '')?.[0]);
  expect(inTray).toBeGreaterThan(8);
  await expect(notesIn(tray(page))).toHaveCount(inTray);
});

test('a 12-month plan fits a 1920x1080 screen without scrolling sideways', async ({ page }) => {
  await openBoard(page);
  const last = await month(page, 'August 2027').boundingBox();
  expect(last).not.toBeNull();
  expect(last!.x + last!.width).toBeLessThanOrEqual(1920);
});

test('at 1024x768 the board scrolls sideways with term bands and lane names kept in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openBoard(page);
  await page.getByLabel('Lanes').selectOption('project');
  const board = page.locator('#board');
  await board.evaluate((el) => el.scrollBy(0, 400));
  await expect(term(page, 'Autumn 2026')).toBeInViewport();
  await board.evaluate((el) => el.scrollTo(el.scrollWidth, 0));
  await expect(month(page, 'August 2027')).toBeInViewport();
  await expect(month(page, 'September 2026')).not.toBeInViewport();
  await expect(
    page.getByText('VIS A shared vision for learning', { exact: true }),
  ).toBeInViewport();
  await expect(term(page, 'Summer 2027')).toBeInViewport();
});

test('every note text reaches 4.5:1 contrast against its note', async ({ page }) => {
  await openBoard(page);
  const ratios = await page
    .getByRole('button', { name: /, owner |, no owner/ })
    .evaluateAll((notes) => {
      const luminance = (rgb: string) => {
        const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      return notes.map((n) => {
        // The note is its own face: its colour and the colour its text inherits.
        const style = getComputedStyle(n);
        const [hi, lo] = [luminance(style.color), luminance(style.backgroundColor)].sort(
          (a, b) => b - a,
        );
        return (hi! + 0.05) / (lo! + 0.05);
      });
    });
  expect(ratios.length).toBeGreaterThanOrEqual(27);
  for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
});

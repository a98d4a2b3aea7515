import { chromium, expect, test } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium';
import { dragWithMouse, month, note, openBoard, term } from './helpers';

test('a reload keeps a move', async ({ page }) => {
  await openBoard(page);
  await dragWithMouse(page, note(page, 'Staff workload survey'), month(page, 'February 2027'));
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await expect(note(month(page, 'February 2027'), 'Staff workload survey')).toBeVisible();
  await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toHaveCount(0);
});

test('after "Saved" shows, a crashed tab reopens with the move kept', async ({
  browserName,
}, testInfo) => {
  expect(browserName).toBe('chromium');
  // A profile on disk, so IndexedDB outlives the crash as it does for a real user.
  const profile = await mkdtemp(join(tmpdir(), 'termboard-crash-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      baseURL: testInfo.project.use.baseURL,
      viewport: { width: 1920, height: 1080 },
    });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await openBoard(page);
    await dragWithMouse(
      page,
      note(page, 'Audit feedback in exercise books'),
      month(page, 'September 2026'),
    );
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    const cdp = await first.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined); // the tab dies before it can answer
    await crashed;
    await first.close();

    const second = await launch();
    const reopened = second.pages()[0] ?? (await second.newPage());
    await openBoard(reopened);
    await expect(
      note(month(reopened, 'September 2026'), 'Audit feedback in exercise books'),
    ).toBeVisible();
    await second.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('with IndexedDB failing, the board says so and moves still work', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function open() {
      throw new DOMException('IndexedDB is disabled in this test', 'InvalidStateError');
    };
  });
  await openBoard(page);
  await expect(page.getByRole('alert')).toContainText('Changes are not being saved');
  await dragWithMouse(page, note(page, 'Staff workload survey'), month(page, 'February 2027'));
  await expect(note(month(page, 'February 2027'), 'Staff workload survey')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toBeVisible();
});

test('a new plan starts empty with the months asked for, and is what a reload opens', async ({
  page,
}) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan name').fill('Silver plan 2027-29');
  await dialog.getByLabel('Phase').selectOption('silver');
  await dialog.getByLabel('Start month').fill('2027-09');
  await expect(dialog.getByLabel('Length in months')).toHaveValue('18');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('button', { name: 'Create plan' }).click();

  await expect(page.getByRole('heading', { name: 'Silver plan 2027-29' })).toBeVisible();
  await expect(month(page, 'September 2027')).toBeVisible();
  await expect(month(page, 'February 2029')).toBeAttached();
  await expect(month(page, 'March 2029')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /, owner |, no owner/ })).toHaveCount(0);
  await expect(term(page, 'Autumn 2027')).toContainText('0 / 8');

  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Silver plan 2027-29' })).toBeVisible();
});

test('when a save fails with the disk full, an alert says so and offers the plan file', async ({
  page,
}) => {
  await openBoard(page);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
  });
  await dragWithMouse(page, note(page, 'Staff workload survey'), month(page, 'February 2027'));
  const alert = page.getByRole('alert').filter({ hasText: 'Changes are not being saved' });
  // It comes with the first save after the change, 250 ms later: no timed assertion here.
  await expect(alert).toContainText('the browser storage is full');
  // The move stays on screen, and the plan file is one click away.
  await expect(note(month(page, 'February 2027'), 'Staff workload survey')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the plan file' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^Bronze plan 2026-27 \d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await file.path())!, 'utf8');
  const stored = JSON.parse(text) as {
    plan: { actions: Record<string, { title: string; month: string }> };
  };
  const survey = Object.values(stored.plan.actions).find(
    (a) => a.title === 'Staff workload survey',
  );
  expect(survey?.month).toBe('2027-02');
});

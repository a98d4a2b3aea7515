import { expect, test } from '@playwright/test';
import { openBoard } from './helpers';

test('a plan that cannot be drawn shows what went wrong and offers the plan as a file', async ({
  page,
}) => {
  await openBoard(page);
  // Damage the stored plan the way a bad import or an old bug might.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('termboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('plans', 'readwrite');
          const plans = tx.objectStore('plans');
          const get = plans.get('plan_sample');
          get.onsuccess = () =>
            plans.put({ ...get.result, plan: { ...get.result.plan, startMonth: 'soon' } });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Termboard hit a problem' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download plan' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^Bronze plan 2026-27 \d{4}-\d{2}-\d{2}\.json$/);
});

test('a dialog whose code cannot be fetched says so instead of leaving a blank screen', async ({
  page,
}) => {
  await openBoard(page);
  // The server has gone, or a new version replaced the file this page expects.
  await page.route(/ProjectsDialog-[\w-]+\.js$/, (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Projects', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Termboard hit a problem' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Download it as a file');
});

import { expect, test, type Page } from '@playwright/test';
import { dragWithMouse, month, note, openBoard, openPlans, saved } from './helpers';

const SAMPLE = 'Bronze plan 2026-27';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function createSilverPlan(page: Page) {
  await page.getByRole('button', { name: 'New plan', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan name').fill('Silver plan 2027-29');
  await dialog.getByLabel('Phase').selectOption('silver');
  await dialog.getByLabel('Start month').fill('2027-09');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(heading(page)).toHaveText('Silver plan 2027-29');
  await expect(saved(page)).toBeVisible();
}

test('the library opens, renames, duplicates, deletes and restores plans', async ({ page }) => {
  await openBoard(page);
  await createSilverPlan(page);

  let plans = await openPlans(page);
  // The most recently changed first; the open plan says so.
  await expect(plans.getByRole('rowheader')).toHaveText(['Silver plan 2027-29 (open)', SAMPLE]);
  await expect(plans.getByRole('button', { name: 'Delete Silver plan 2027-29' })).toBeDisabled();

  await plans.getByRole('button', { name: `Open ${SAMPLE}` }).click();
  await expect(plans).toBeHidden();
  await expect(heading(page)).toHaveText(SAMPLE);
  await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toBeVisible();

  plans = await openPlans(page);
  const status = plans.getByRole('status');
  await plans.getByRole('button', { name: 'Rename Silver plan 2027-29' }).click();
  await plans.getByLabel('New name for Silver plan 2027-29').fill('Silver plan 2027-30');
  await plans.getByRole('button', { name: 'Save name' }).click();
  await expect(status).toHaveText('Renamed to "Silver plan 2027-30".');
  await expect(plans.getByRole('rowheader', { name: 'Silver plan 2027-30' })).toBeVisible();
  await expect(plans.getByRole('rowheader', { name: 'Silver plan 2027-29' })).toHaveCount(0);

  await plans.getByRole('button', { name: 'Duplicate Silver plan 2027-30' }).click();
  await expect(status).toHaveText('"Silver plan 2027-30 (copy)" added.');
  await expect(plans.getByRole('rowheader', { name: 'Silver plan 2027-30 (copy)' })).toBeVisible();
  await expect(plans.getByRole('rowheader')).toHaveCount(3);

  await plans.getByRole('button', { name: 'Delete Silver plan 2027-30 (copy)' }).click();
  await expect(status).toHaveText(
    '"Silver plan 2027-30 (copy)" deleted: it can be restored for 30 days.',
  );
  await expect(plans.getByRole('rowheader', { name: 'Silver plan 2027-30 (copy)' })).toHaveCount(0);
  const deleted = plans.getByRole('region', { name: 'Deleted plans' });
  await expect(deleted).toContainText('Silver plan 2027-30 (copy), kept until');

  await deleted.getByRole('button', { name: 'Restore Silver plan 2027-30 (copy)' }).click();
  await expect(status).toHaveText('"Silver plan 2027-30 (copy)" restored.');
  await expect(plans.getByRole('rowheader', { name: 'Silver plan 2027-30 (copy)' })).toBeVisible();
  await expect(deleted).toHaveCount(0);

  // The last plan opened is the one a reload opens.
  await plans.getByRole('button', { name: 'Open Silver plan 2027-30 (copy)' }).click();
  await expect(heading(page)).toHaveText('Silver plan 2027-30 (copy)');
  await page.reload();
  await expect(heading(page)).toHaveText('Silver plan 2027-30 (copy)');
  await expect(month(page, 'September 2027')).toBeVisible();

  plans = await openPlans(page);
  await expect(plans.getByRole('rowheader')).toHaveCount(3);
  await expect(
    plans.getByRole('rowheader', { name: 'Silver plan 2027-30 (copy) (open)' }),
  ).toBeVisible();
  await plans.getByRole('button', { name: 'Close' }).click();
  await expect(plans).toBeHidden();
});

test('restoring the earliest version takes a moved note back', async ({ page }) => {
  await openBoard(page);
  await dragWithMouse(page, note(page, 'Staff workload survey'), month(page, 'February 2027'));
  await expect(note(month(page, 'February 2027'), 'Staff workload survey')).toBeVisible();
  await expect(saved(page)).toBeVisible();

  const plans = await openPlans(page);
  await plans.getByRole('button', { name: `Earlier versions of ${SAMPLE}` }).click();
  await expect(plans.getByRole('heading', { name: `Earlier versions of ${SAMPLE}` })).toBeVisible();
  const restores = plans.getByRole('button', { name: /^Restore the version of / });
  await expect(restores.first()).toBeVisible();
  // Newest first: the last is the plan as first saved, before the move.
  await restores.last().click();
  await expect(plans.getByRole('status')).toContainText(`"${SAMPLE}" is back as it was on `);
  await plans.getByRole('button', { name: 'Close' }).click();

  await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toBeVisible();
  await expect(note(month(page, 'February 2027'), 'Staff workload survey')).toHaveCount(0);
  await page.reload();
  await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toBeVisible();
});

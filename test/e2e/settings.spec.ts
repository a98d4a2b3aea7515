import { expect, test, type Page } from '@playwright/test';
import { openBoard, term } from './helpers';

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const warningsList = (page: Page) => page.getByRole('region', { name: /^Warnings/ });

test('a term capacity is refused below 1 and, once raised, clears the overload in one undo step', async ({
  page,
}) => {
  await openBoard(page);
  const dialog = await openSettings(page);
  const spring = dialog.getByLabel('Capacity of Spring 2027');
  await spring.fill('0');
  await spring.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('Capacity must be at least 1');
  await expect(spring).toHaveAttribute('aria-invalid', 'true');

  await spring.fill('13');
  await spring.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(term(page, 'Spring 2027')).toContainText('13 / 13');
  await expect(warningsList(page).getByText('Spring 2027 holds')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(term(page, 'Spring 2027')).toContainText('13 / 8');
  await expect(warningsList(page).getByText('Spring 2027 holds')).toHaveCount(1);
});

test('impossible dates and buffers are refused with a reason beside the field', async ({
  page,
}) => {
  await openBoard(page);
  const dialog = await openSettings(page);
  const review = dialog.getByLabel('External review date');
  await review.fill('2026-03-01');
  await review.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText(
    'The review cannot come before the plan starts.',
  );
  await review.fill('2027-06-15');
  await review.press('Enter');

  const buffer = dialog.getByLabel('Months kept free before the review');
  await buffer.fill('12');
  await buffer.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText(
    'A buffer of 12 months leaves no time in a 12-month plan.',
  );
  await buffer.fill('2');
  await buffer.press('Enter');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(warningsList(page)).toContainText('Only 2 months are kept free before the review');
});

test("other plans add to a term's load, and a rule can be switched off for the plan", async ({
  page,
}) => {
  await openBoard(page);
  const dialog = await openSettings(page);
  const summer = dialog.getByLabel('Inspection action plan load in Summer 2027');
  await summer.fill('3');
  await summer.press('Enter');
  await dialog.getByLabel('One accountable owner').uncheck();
  await dialog.getByRole('button', { name: 'Done' }).click();

  await expect(term(page, 'Summer 2027')).toContainText('9 / 8');
  await expect(warningsList(page)).toContainText(
    'Summer 2027 holds 9 actions (capacity 8) — 1 over, counting 3 from the Inspection action plan.',
  );
  await expect(warningsList(page).getByText('has no owner')).toHaveCount(0);
});

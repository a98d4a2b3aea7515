import { expect, test } from '@playwright/test';
import { doubleTap, month, note, openBoard, touchDrag } from './helpers';

test.use({ hasTouch: true });

test('press and hold, then slide, moves a note by touch', async ({ page }) => {
  await openBoard(page);
  await touchDrag(page, note(page, 'Staff workload survey'), month(page, 'December 2026'), 450);
  await expect(note(month(page, 'December 2026'), 'Staff workload survey')).toBeVisible();
});

test('a quick swipe without holding does not pick the note up', async ({ page }) => {
  await openBoard(page);
  await touchDrag(page, note(page, 'Staff workload survey'), month(page, 'December 2026'), 0);
  await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a double tap opens the note’s editor, where it can be moved without dragging', async ({
  page,
}) => {
  await openBoard(page);
  const survey = note(month(page, 'November 2026'), 'Staff workload survey');
  await doubleTap(page, survey);
  const editor = page.getByRole('dialog', { name: 'Edit action' });
  await expect(editor.getByLabel('Title')).toHaveValue('Staff workload survey');
  await editor.getByLabel('Month').selectOption({ label: 'March 2027' });
  await editor.getByRole('button', { name: 'Save' }).tap();
  await expect(note(month(page, 'March 2027'), 'Staff workload survey')).toBeVisible();
});

test('a long press on a note opens its menu: Move to…, Edit, status', async ({ page }) => {
  await openBoard(page);
  const survey = note(month(page, 'November 2026'), 'Staff workload survey');
  // Held past the pick-up delay and lifted where it was.
  await touchDrag(page, survey, survey, 450);
  const menu = page.getByRole('dialog', { name: 'Staff workload survey' });
  await expect(menu).toBeVisible();
  await menu.getByRole('button', { name: /In progress/ }).tap();
  await expect(menu).toBeHidden();
  await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toContainText(
    'In progress',
  );
  await touchDrag(page, survey, survey, 450);
  await page
    .getByRole('dialog', { name: 'Staff workload survey' })
    .getByRole('button', { name: 'Move to…' })
    .tap();
  const moveTo = page.getByRole('dialog', { name: /^Move/ });
  await moveTo.getByRole('button', { name: 'March 2027' }).tap();
  await expect(note(month(page, 'March 2027'), 'Staff workload survey')).toBeVisible();
});

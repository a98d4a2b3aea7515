import { expect, test, type Locator, type Page } from '@playwright/test';
import { month, note, openBoard } from './helpers';

test.use({ hasTouch: true });

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 100) };
}

/** A finger on an interactive whiteboard: touch, hold (or not), slide, lift. */
async function touchDrag(page: Page, from: Locator, to: Locator, holdMs: number) {
  const cdp = await page.context().newCDPSession(page);
  const start = await centre(from);
  const end = await centre(to);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p: { x: number; y: number }) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [p] });
  await touch('touchStart', start);
  await page.waitForTimeout(holdMs);
  for (let i = 1; i <= 10; i++) {
    await touch('touchMove', {
      x: start.x + ((end.x - start.x) * i) / 10,
      y: start.y + ((end.y - start.y) * i) / 10,
    });
  }
  await touch('touchEnd', end);
}

/**
 * Two quick taps, sent straight to the browser: two Playwright taps each wait for the note to be
 * ready first, and on a busy machine can land too far apart to count as a double tap.
 */
async function doubleTap(page: Page, target: Locator) {
  const cdp = await page.context().newCDPSession(page);
  const point = await centre(target);
  for (let i = 0; i < 2; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
}

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

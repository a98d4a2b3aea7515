import { expect, test, type Page } from '@playwright/test';
import { month, note, openBoard, saved, touchDrag } from './helpers';

/*
 * A pin on a note keeps it where it is when Suggest re-sequences the plan. A pinned note says so
 * in its name, after its title; pins are kept, saved and undone like every other change.
 */

const SURVEY = 'Staff workload survey';
const survey = (page: Page) => note(month(page, 'November 2026'), SURVEY);

test('P pins a focused note, Ctrl+Z takes the pin out, and a reload keeps it', async ({ page }) => {
  await openBoard(page);
  await expect(survey(page)).not.toHaveAccessibleName(/pinned/);

  await survey(page).focus();
  await page.keyboard.press('p');
  await expect(survey(page)).toHaveAccessibleName(/^Staff workload survey, pinned, /);
  await expect(survey(page)).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(survey(page)).not.toHaveAccessibleName(/pinned/);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await survey(page).focus();
  await page.keyboard.press('p');
  await expect(survey(page)).toHaveAccessibleName(/^Staff workload survey, pinned, /);
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await expect(survey(page)).toHaveAccessibleName(/^Staff workload survey, pinned, /);
  await expect(note(page, 'Audit feedback in exercise books')).not.toHaveAccessibleName(/pinned/);
});

test('the editor shows the pin and its checkbox takes it out on Save', async ({ page }) => {
  await openBoard(page);
  await survey(page).focus();
  await page.keyboard.press('p');
  await expect(survey(page)).toHaveAccessibleName(/, pinned, /);

  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit action' });
  const pinned = editor.getByRole('checkbox', { name: /^Pinned/ });
  await expect(pinned).toBeChecked();
  await pinned.uncheck();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(survey(page)).not.toHaveAccessibleName(/pinned/);

  await survey(page).focus();
  await page.keyboard.press('Enter');
  await expect(pinned).not.toBeChecked();
  await pinned.check();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(survey(page)).toHaveAccessibleName(/, pinned, /);
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await expect(survey(page)).toHaveAccessibleName(/, pinned, /);
});

test('the selection bar pins and unpins the chosen notes, each as one step', async ({ page }) => {
  await openBoard(page);
  const titles = ['Staff workload survey', 'Agree the vision statement with governors'];
  for (const title of titles) {
    await note(month(page, 'November 2026'), title).click({ modifiers: ['ControlOrMeta'] });
  }
  const selection = page.getByRole('region', { name: 'Selection: 2 actions' });
  await selection.getByRole('button', { name: 'Pin', exact: true }).click();
  for (const title of titles) await expect(note(page, title)).toHaveAccessibleName(/, pinned, /);

  await selection.getByRole('button', { name: 'Unpin', exact: true }).click();
  for (const title of titles) await expect(note(page, title)).not.toHaveAccessibleName(/pinned/);

  await page.keyboard.press('Control+z');
  for (const title of titles) await expect(note(page, title)).toHaveAccessibleName(/, pinned, /);
  await page.keyboard.press('Control+z');
  for (const title of titles) await expect(note(page, title)).not.toHaveAccessibleName(/pinned/);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('the shortcuts sheet lists P', async ({ page }) => {
  await openBoard(page);
  await survey(page).focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Pin the note');
});

test.describe('on a whiteboard', () => {
  test.use({ hasTouch: true });

  test('a long press offers Pin, pressed while the note is pinned', async ({ page }) => {
    await openBoard(page);
    await touchDrag(page, survey(page), survey(page), 450);
    const menu = page.getByRole('dialog', { name: SURVEY });
    const pin = menu.getByRole('button', { name: 'Pin', exact: true });
    await expect(pin).toHaveAttribute('aria-pressed', 'false');
    await pin.tap();
    await expect(menu).toBeHidden();
    await expect(survey(page)).toHaveAccessibleName(/, pinned, /);

    await touchDrag(page, survey(page), survey(page), 450);
    await expect(pin).toHaveAttribute('aria-pressed', 'true');
    await pin.tap();
    await expect(menu).toBeHidden();
    await expect(survey(page)).not.toHaveAccessibleName(/pinned/);
  });
});

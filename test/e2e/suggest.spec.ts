import { expect, test, type Page } from '@playwright/test';
import {
  lift,
  month,
  note,
  openBoard,
  pressAndHear,
  saved,
  term,
  touchDrag,
  tray,
} from './helpers';

const PEER = 'Peer observation of feedback practice';
const LIBRARY = 'Library refit for reading for pleasure';

/** Each warning's words: its first button, without the fix some carry (a fix comes and goes with room). */
function warningWords(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: /^Warnings/ })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.querySelector('button')?.textContent ?? ''));
}

function suggestion(page: Page) {
  return page.getByRole('region', { name: 'Suggested sequence' });
}

test("Suggest places the sample plan's unscheduled notes without adding a warning, and Undo takes it back in one step", async ({
  page,
}) => {
  await openBoard(page);
  const warningsBefore = await warningWords(page);

  await page.getByRole('button', { name: 'Suggest' }).click();
  const bar = suggestion(page);
  await expect(bar).toContainText('2 notes placed from the tray, 0 placed notes moved.');
  await expect(bar).toContainText('Adds: none.');
  // The board shows the proposal before anything is decided.
  await expect(note(month(page, 'July 2027'), PEER)).toBeVisible();
  await expect(note(month(page, 'July 2027'), LIBRARY)).toBeVisible();
  await expect(bar.getByRole('button', { name: /^Apply/ })).toBeFocused();

  await bar.getByRole('button', { name: /^Apply/ }).click();
  await expect(bar).toHaveCount(0);
  await expect(note(month(page, 'July 2027'), PEER)).toBeVisible();
  await expect(note(month(page, 'July 2027'), LIBRARY)).toBeVisible();
  await expect(note(tray(page), PEER)).toHaveCount(0);
  await expect(term(page, 'Summer 2027')).toContainText('8 / 8');
  // The warnings are word for word the ones there were before, but for the note about the tray.
  expect(await warningWords(page)).toEqual(
    warningsBefore.filter((w) => !w.includes('2 actions are not scheduled yet')),
  );
  expect(warningsBefore.some((w) => w.includes('2 actions are not scheduled yet'))).toBe(true);

  await page.keyboard.press('Control+z');
  await expect(note(tray(page), PEER)).toBeVisible();
  await expect(note(tray(page), LIBRARY)).toBeVisible();
  await expect(term(page, 'Summer 2027')).toContainText('6 / 8');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('the whole plan re-sequenced clears the buffer and training warnings, says why the rest does not fit, and a pinned note stays', async ({
  page,
}) => {
  await openBoard(page);
  const survey = note(month(page, 'May 2027'), 'Second staff workload survey');
  const audit = note(month(page, 'October 2026'), 'Audit feedback in exercise books');
  await audit.focus();
  await page.keyboard.press('p');
  await expect(audit).toHaveAccessibleName(/^Audit feedback in exercise books, pinned/);

  await page.getByRole('button', { name: 'Suggest' }).click();
  const bar = suggestion(page);
  await bar.getByRole('checkbox', { name: /^Re-sequence the whole plan/ }).click();
  await expect(bar).toContainText('Clears: Buffer before the review');
  await expect(bar.getByRole('list', { name: 'Why not everything fits' })).toContainText(
    '5 actions too many for Autumn 2026–Summer 2027 at capacity 8: raise capacity, lengthen the plan, or move 5 to the next phase.',
  );
  await expect(survey).toHaveCount(0);
  await expect(note(month(page, 'October 2026'), 'Audit feedback in exercise books')).toBeVisible();

  // Discarding puts every note back; nothing was stored meanwhile.
  await bar.getByRole('button', { name: 'Discard' }).click();
  await expect(bar).toHaveCount(0);
  await expect(note(month(page, 'May 2027'), 'Second staff workload survey')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Suggest' })).toBeFocused();
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await expect(note(month(page, 'May 2027'), 'Second staff workload survey')).toBeVisible();
  await expect(note(tray(page), PEER)).toBeVisible();
});

test('a note lifted by keyboard shows where it fits, best first, with a reason for each', async ({
  page,
}) => {
  await openBoard(page);
  await lift(page, note(page, 'Adopt the feedback policy'));
  const fits = page.getByRole('region', { name: 'Where “Adopt the feedback policy” fits' });
  await expect(fits.getByRole('listitem')).toHaveText([
    'July 2027: after "Trial whole-class feedback in English and maths", after the training on feedback, Summer 2027 load 7 of 8',
  ]);
  await pressAndHear(page, 'Escape', 'Move cancelled');
  await expect(fits).toHaveCount(0);

  await lift(page, note(page, PEER));
  await expect(page.getByRole('region', { name: `Where “${PEER}” fits` })).toContainText(
    'July 2027',
  );
  await pressAndHear(page, 'Escape', 'Move cancelled');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test("the long-press menu offers the note's best months as moves", async ({ page }) => {
    await openBoard(page);
    const library = note(tray(page), LIBRARY);
    await touchDrag(page, library, library, 450);
    const menu = page.getByRole('dialog', { name: LIBRARY });
    await expect(menu.getByRole('region', { name: 'Where it fits' })).toContainText(
      'Summer 2027 load 7 of 8',
    );
    await menu.getByRole('button', { name: 'Move to July 2027' }).tap();
    await expect(note(month(page, 'July 2027'), LIBRARY)).toBeVisible();
  });
});

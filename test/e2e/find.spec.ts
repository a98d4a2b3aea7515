import { expect, test, type Page } from '@playwright/test';
import { month, note, openBoard, pressAndHear, term, tray } from './helpers';

const find = (page: Page) => page.getByRole('searchbox', { name: 'Find' });
const summary = (page: Page) => page.getByRole('search').getByRole('status');

/** Opens a note's editor from the keyboard, as the brief asks, changes fields and saves. */
async function edit(page: Page, title: string, change: { status?: string; tags?: string }) {
  await note(page, title).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit action' });
  if (change.status) await editor.getByLabel('Status').selectOption({ label: change.status });
  if (change.tags !== undefined) await editor.getByLabel('Tags').fill(change.tags);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
}

test('typing in Find dims the other notes, says how many match, and Escape clears it', async ({
  page,
}) => {
  await openBoard(page);
  await find(page).fill('feedback');
  await expect(summary(page)).toHaveText('7 of 27 actions match');
  const policy = note(month(page, 'December 2026'), 'Draft the feedback policy');
  const survey = note(month(page, 'November 2026'), 'Staff workload survey');
  await expect(policy).toHaveCSS('background-color', 'rgb(204, 102, 119)');
  await expect(survey).toHaveCSS('background-color', 'rgb(235, 231, 222)');
  await expect(survey).toHaveAccessibleName(/^Staff workload survey, .*not matching/);
  // Enter goes from the search box to the first match on the board.
  await find(page).press('Enter');
  await expect(note(month(page, 'October 2026'), 'Audit feedback in exercise books')).toBeFocused();
  // A dimmed note keeps its place and can still be reached.
  await survey.focus();
  await expect(survey).toBeFocused();

  // An owner's name, typed without its accent.
  await find(page).fill('zoe');
  await expect(summary(page)).toHaveText('4 of 27 actions match');
  await find(page).press('Escape');
  await expect(find(page)).toHaveValue('');
  await expect(summary(page)).toHaveText('');
  await expect(survey).toHaveCSS('background-color', 'rgb(136, 204, 238)');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a status set in the editor shows on the note and in its name, and can be filtered', async ({
  page,
}) => {
  await openBoard(page);
  await edit(page, 'Staff workload survey', { status: 'In progress' });
  const survey = note(month(page, 'November 2026'), 'Staff workload survey');
  await expect(survey).toContainText('◔ In progress');
  await expect(survey).toHaveAccessibleName(/^Staff workload survey, In progress, /);

  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByLabel('Filter by status').selectOption({ label: 'In progress' });
  await expect(summary(page)).toHaveText('1 of 27 actions matches');
});

test('a note waiting for another says so on its face and in its name', async ({ page }) => {
  await openBoard(page);
  const vision = note(month(page, 'November 2026'), 'Agree the vision statement with governors');
  await expect(vision).toContainText('after 1.1');
  await expect(vision).toHaveAccessibleName(
    /waits for 'Launch the vision consultation with staff'/,
  );
  await edit(page, 'Launch the vision consultation with staff', { status: 'Met' });
  await expect(vision).not.toContainText('after 1.1');
});

test('focus on a project shows only its notes and its load, until Show all', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Filters' }).click();
  await page
    .getByLabel('Focus on a project')
    .selectOption({ label: 'ATT · Attendance and punctuality' });
  await expect(note(month(page, 'January 2027'), 'Daily attendance calls from 8:30')).toBeVisible();
  await expect(note(page, 'Staff workload survey')).toHaveCount(0);
  await expect(note(tray(page), 'Library refit for reading for pleasure')).toHaveCount(0);
  await expect(summary(page)).toHaveText('5 actions of ATT Attendance and punctuality');
  await expect(term(page, 'Spring 2027')).toContainText('ATT 3 of 13 / 8');

  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toBeVisible();
  await expect(term(page, 'Spring 2027')).toContainText('13 / 8');
  await expect(term(page, 'Spring 2027')).not.toContainText('ATT');
});

test('in tag lanes, ArrowUp moves a note to the tag above and gives it that tag', async ({
  page,
}) => {
  await openBoard(page);
  await edit(page, 'Student voice on what helps learning', { tags: 'funded' });
  await edit(page, 'Staff workload survey', { tags: 'urgent, early stage' });
  await page.getByLabel('Lanes').selectOption('tag');

  const survey = note(month(page, 'November 2026'), 'Staff workload survey');
  await survey.focus();
  await pressAndHear(page, 'Space', 'Picked up');
  await pressAndHear(page, 'ArrowUp', 'over November 2026 in lane funded');
  await pressAndHear(page, 'ArrowDown', 'over November 2026 in lane urgent');
  await pressAndHear(page, 'ArrowUp', 'over November 2026 in lane funded');
  await pressAndHear(
    page,
    'Space',
    "'Staff workload survey' moved to November 2026 in lane funded",
  );

  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByLabel('Filter by tag').selectOption({ label: 'funded' });
  await expect(summary(page)).toHaveText('2 of 27 actions match');
  await page.getByLabel('Filter by tag').selectOption({ label: 'early stage' });
  await expect(summary(page)).toHaveText('1 of 27 actions matches');
});

import { expect, test, type Locator, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import writeExcelFile from 'write-excel-file/node';
import {
  chooseFile,
  exportAs,
  importFixture,
  month,
  note,
  openBoard,
  openPlans,
  tray,
} from './helpers';

const RIVERSIDE = 'riverside-primary-plan.csv';
const RIVERSIDE_SUMMARY =
  '16 actions from 4 priorities; 12 placed, 4 unscheduled (Half termly x1, On-going x1, TBC x1, blank x1); 4 with several owners';

/** The mapping step's account of what the import will do (the key field has its own status). */
const summary = (dialog: Locator) =>
  dialog.getByRole('status').filter({ hasText: ' actions from ' });

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Imports the Riverside spreadsheet through its mapping step, keeping every guess. */
async function importRiverside(page: Page) {
  await chooseFile(page, importFixture(RIVERSIDE));
  const dialog = page.getByRole('dialog', { name: `Import ${RIVERSIDE}` });
  await expect(summary(dialog)).toHaveText(RIVERSIDE_SUMMARY);
  // 09/11/2026 alone cannot settle the order, so the step asks, with en-GB's day first chosen.
  await expect(
    dialog.getByRole('radio', { name: 'day first: 3/4/27 is 3 April 2027' }),
  ).toBeChecked();
  await expect(
    dialog.getByRole('radio', { name: 'month first: 3/4/27 is March 4, 2027' }),
  ).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The sample plan as a first visit shows it, checked by two of its notes. */
async function expectSamplePlan(page: Page) {
  await expect(heading(page)).toHaveText('Bronze plan 2026-27');
  await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toBeVisible();
  await expect(note(month(page, 'October 2026'), 'Audit feedback in exercise books')).toBeVisible();
}

test('a school spreadsheet imports through the mapping step into the right months', async ({
  page,
}) => {
  await openBoard(page);
  await importRiverside(page);

  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    `Imported “riverside-primary-plan” from ${RIVERSIDE}: ${RIVERSIDE_SUMMARY}.`,
  );
  await expect(heading(page)).toHaveText('riverside-primary-plan');
  const expectPlaced = async () => {
    await expect(
      note(month(page, 'September 2026'), 'Audit writing books in every class'),
    ).toBeVisible();
    // 09/11/2026 could be either; the column does not settle it, so en-GB's day first stands.
    await expect(
      note(month(page, 'November 2026'), 'Train TAs in precision teaching'),
    ).toBeVisible();
    await expect(
      note(month(page, 'November 2026'), 'Update the self-evaluation summary'),
    ).toBeVisible();
    await expect(
      note(month(page, 'January 2027'), 'Moderate writing with the cluster schools'),
    ).toBeVisible();
    await expect(note(tray(page), 'Pupil voice on writing')).toBeVisible();
    await expect(note(tray(page), 'Keep May-July free of new initiatives')).toBeVisible();
  };
  await expectPlaced();

  await page.reload();
  await expect(heading(page)).toHaveText('riverside-primary-plan');
  await expectPlaced();
});

test('Undo import brings back the plan that was open, with its notes', async ({ page }) => {
  await openBoard(page);
  await importRiverside(page);
  await expect(heading(page)).toHaveText('riverside-primary-plan');

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expectSamplePlan(page);
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  await expect(note(page, 'Audit writing books in every class')).toHaveCount(0);
  const plans = await openPlans(page);
  await expect(
    plans.getByRole('region', { name: 'Deleted plans' }).getByRole('button', {
      name: 'Restore riverside-primary-plan',
    }),
  ).toBeVisible();
});

test('a spreadsheet added to the open plan is one step that Undo takes out', async ({ page }) => {
  await openBoard(page);
  await chooseFile(page, importFixture(RIVERSIDE));
  const dialog = page.getByRole('dialog', { name: `Import ${RIVERSIDE}` });
  await dialog
    .getByRole('radio', {
      name: 'actions added to “Bronze plan 2026-27” (one step, undone with Undo)',
    })
    .check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(heading(page)).toHaveText('Bronze plan 2026-27');
  await expect(
    note(month(page, 'September 2026'), 'Audit writing books in every class'),
  ).toBeVisible();
  await expect(note(tray(page), 'Pupil voice on writing')).toBeVisible();
  await expectSamplePlan(page);

  await page.keyboard.press('Control+z');
  await expect(note(page, 'Audit writing books in every class')).toHaveCount(0);
  await expect(note(page, 'Pupil voice on writing')).toHaveCount(0);
  await expectSamplePlan(page);
});

test('a US college plan reads its dates month first without asking', async ({ page }) => {
  await openBoard(page);
  await chooseFile(page, importFixture('lakeview-college-us-dates.csv'));
  const dialog = page.getByRole('dialog', { name: 'Import lakeview-college-us-dates.csv' });
  await expect(summary(dialog)).toContainText('7 actions from 3 priorities');
  // 9/15/2026 settles the column: there is nothing to ask.
  await expect(dialog.getByRole('radio', { name: /3\/4\/27/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(heading(page)).toHaveText('lakeview-college-us-dates');
  await expect(
    note(month(page, 'September 2026'), 'Call every student absent three days in a row'),
  ).toBeVisible();
  await expect(
    note(month(page, 'January 2027'), 'Early-alert training for adjunct faculty'),
  ).toBeVisible();
  await expect(note(month(page, 'May 2027'), 'Review pass rates with faculty')).toBeVisible();
});

test('an Excel workbook imports with its date cells in their months, under the CSP', async ({
  page,
}, testInfo) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const path = testInfo.outputPath('Meadowbank plan.xlsx');
  const day = (y: number, m: number, d: number) => ({
    value: new Date(Date.UTC(y, m - 1, d)),
    type: Date,
    format: 'dd/mm/yyyy',
  });
  await writeFile(
    path,
    await writeExcelFile([
      ['Priority', 'Action', 'Lead', 'Target date', 'Status'],
      [
        'Reading for pleasure',
        'Restock the library with Year 7 choices',
        'LIB',
        day(2026, 10, 12),
        'Met',
      ],
      [null, 'Launch a reading mentors scheme', 'EN', day(2027, 2, 3), null],
      ['Attendance', 'Meet families of persistent absentees', 'AHT', 'Ongoing', null],
    ]).toBuffer(),
  );

  await openBoard(page);
  await chooseFile(page, path);
  const dialog = page.getByRole('dialog', { name: 'Import Meadowbank plan.xlsx' });
  await expect(summary(dialog)).toHaveText(
    '3 actions from 2 priorities; 2 placed, 1 unscheduled (Ongoing x1)',
  );
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(heading(page)).toHaveText('Meadowbank plan');
  await expect(
    note(month(page, 'October 2026'), 'Restock the library with Year 7 choices'),
  ).toBeVisible();
  await expect(note(month(page, 'February 2027'), 'Launch a reading mentors scheme')).toBeVisible();
  await expect(note(tray(page), 'Meet families of persistent absentees')).toBeVisible();
  expect(violations).toEqual([]);
});

test('a truncated plan file is refused with an alert and the board stays as it was', async ({
  page,
}) => {
  await openBoard(page);
  await chooseFile(page, importFixture('truncated-plan-file.json'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'truncated-plan-file.json cannot be imported; nothing has changed. This is not a plan file: it is not valid JSON',
  );
  await expectSamplePlan(page);

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
  await page.reload();
  await expectSamplePlan(page);
});

test('a plan file with bad colours lists each path and why', async ({ page }) => {
  await openBoard(page);
  await chooseFile(page, importFixture('bad-colour-plan.json'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'bad-colour-plan.json cannot be imported; nothing has changed.',
  );
  await expect(alert.getByRole('listitem')).toHaveText([
    'projects.prj_rdg.colour: expected a colour like #1f77b4',
    'projects.prj_att.colour: expected a colour like #1f77b4',
  ]);
  await expectSamplePlan(page);
  const plans = await openPlans(page);
  await expect(plans.getByRole('rowheader', { name: /Bad colour plan/ })).toHaveCount(0);
});

test('an exported plan file imported again asks, and Keep both keeps two', async ({
  page,
}, testInfo) => {
  await openBoard(page);
  const path = testInfo.outputPath('exported.json');
  const fileName = await exportAs(page, 'Plan file (.json)', path);
  expect(fileName).toMatch(/^Bronze plan 2026-27 \d{4}-\d{2}-\d{2}\.json$/);

  await chooseFile(page, path);
  const ask = page.getByRole('dialog', { name: 'This plan is already here' });
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Replace the stored plan' })).toBeVisible();
  await ask.getByRole('button', { name: 'Keep both' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Imported “Bronze plan 2026-27” from a plan file, beside the stored plan of the same id.',
  );

  const plans = await openPlans(page);
  await expect(plans.getByRole('rowheader', { name: /^Bronze plan 2026-27/ })).toHaveCount(2);
});

test('an exported spreadsheet and its key of initials import back to the same notes, owners and months', async ({
  page,
}, testInfo) => {
  await openBoard(page);
  const path = testInfo.outputPath('exported.csv');
  const fileName = await exportAs(page, 'Spreadsheet (.csv)', path);
  expect(fileName).toMatch(/^Bronze plan 2026-27 \d{4}-\d{2}-\d{2}\.csv$/);

  // What the board shows now, month by month, to compare with what comes back.
  const before = await notesByMonth(page);
  expect(before.get('September 2026')).toContain('Launch the vision consultation with staff');
  const keyPath = testInfo.outputPath('key.csv');
  await exportAs(page, 'Key of initials (.csv)', keyPath);
  const owned = note(page, 'Staff workload survey');
  const label = await owned.getAttribute('aria-label');
  expect(label).toMatch(/, owner [^,]+ [^,]+$/);

  await chooseFile(page, path);
  const dialog = page.getByRole('dialog', { name: 'Import exported.csv' });
  await expect(summary(dialog)).toContainText('27 actions from 5 priorities');
  await dialog.getByLabel('or choose its file').setInputFiles(keyPath);
  await expect(dialog.getByText('8 initials read from the key')).toBeVisible();
  await dialog.getByLabel('Plan name').fill('Round trip');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(heading(page)).toHaveText('Round trip');
  expect(await notesByMonth(page)).toEqual(before);
  // The owner's full name came back from the key, not just the initials on the note.
  await expect(note(page, 'Staff workload survey')).toHaveAttribute('aria-label', label!);
});

/** Each month's (and the tray's) note titles, as the board shows them. */
async function notesByMonth(page: Page): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const months = [
    ...Array.from({ length: 4 }, (_, i) => `${monthName(8 + i)} 2026`),
    ...Array.from({ length: 8 }, (_, i) => `${monthName(i)} 2027`),
  ];
  for (const name of months) found.set(name, await titles(month(page, name)));
  found.set('Unscheduled', await titles(tray(page)));
  return found;
}

const monthName = (index: number) =>
  new Date(2026, index, 1).toLocaleString('en-GB', { month: 'long' });

async function titles(scope: ReturnType<typeof month>): Promise<string[]> {
  const names = await scope
    .getByRole('button', { name: /, owner |, no owner/ })
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  // A note's name is its title, its project and its owner; no sample title has a comma.
  return names.map((name) => name.split(', ')[0]!).sort();
}

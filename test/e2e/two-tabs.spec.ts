import { expect, test, type Page } from '@playwright/test';
import { chooseFile, dragWithMouse, importFixture, month, note, openBoard, saved } from './helpers';

// Two tabs, each loading the whole app, take longer than one.
test.describe.configure({ timeout: 60_000 });

const banner = (page: Page) =>
  page.getByRole('status').filter({
    hasText:
      'This plan is open for editing in another tab, so here it is read-only and follows that tab’s changes.',
  });

test('a second tab on the same plan is read-only, follows the first, and can take over', async ({
  page: first,
  context,
}) => {
  await openBoard(first);
  await expect(banner(first)).toHaveCount(0);

  const second = await context.newPage();
  await openBoard(second);
  await expect(banner(second)).toBeVisible();
  await expect(banner(first)).toHaveCount(0);

  // A drag in the read-only tab moves nothing, there or in the editing tab.
  await dragWithMouse(second, note(second, 'Staff workload survey'), month(second, 'March 2027'));
  await expect(note(month(second, 'November 2026'), 'Staff workload survey')).toBeVisible();
  await expect(note(month(second, 'March 2027'), 'Staff workload survey')).toHaveCount(0);

  // The editing tab's saved move shows in the read-only tab.
  await dragWithMouse(first, note(first, 'Staff workload survey'), month(first, 'February 2027'));
  await expect(note(month(first, 'February 2027'), 'Staff workload survey')).toBeVisible();
  await expect(saved(first)).toBeVisible();
  await expect(note(month(second, 'February 2027'), 'Staff workload survey')).toBeVisible();
  await expect(note(month(second, 'November 2026'), 'Staff workload survey')).toHaveCount(0);

  await banner(second).getByRole('button', { name: 'Take over editing' }).click();
  await expect(banner(second)).toHaveCount(0);
  await expect(banner(first)).toBeVisible();

  // Now the second tab edits and the first follows.
  await dragWithMouse(
    second,
    note(second, 'Audit feedback in exercise books'),
    month(second, 'September 2026'),
  );
  await expect(
    note(month(second, 'September 2026'), 'Audit feedback in exercise books'),
  ).toBeVisible();
  await expect(saved(second)).toBeVisible();
  await expect(
    note(month(first, 'September 2026'), 'Audit feedback in exercise books'),
  ).toBeVisible();

  // And the first, read-only now, cannot move it back.
  await dragWithMouse(
    first,
    note(first, 'Audit feedback in exercise books'),
    month(first, 'October 2026'),
  );
  await expect(
    note(month(first, 'September 2026'), 'Audit feedback in exercise books'),
  ).toBeVisible();
  await second.reload();
  await expect(
    note(month(second, 'September 2026'), 'Audit feedback in exercise books'),
  ).toBeVisible();
  await expect(note(month(second, 'February 2027'), 'Staff workload survey')).toBeVisible();
});

test('two tabs on an imported plan: the second follows the first, then takes over', async ({
  page: first,
  context,
}) => {
  await openBoard(first);
  await chooseFile(first, importFixture('riverside-primary-plan.csv'));
  const mapping = first.getByRole('dialog', { name: 'Import riverside-primary-plan.csv' });
  await mapping.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('riverside-primary-plan');

  const second = await context.newPage();
  await openBoard(second);
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('riverside-primary-plan');
  await expect(banner(second)).toBeVisible();

  const audit = 'Audit writing books in every class';
  await dragWithMouse(first, note(first, audit), month(first, 'October 2026'));
  await expect(note(month(first, 'October 2026'), audit)).toBeVisible();
  await expect(saved(first)).toBeVisible();
  await expect(note(month(second, 'October 2026'), audit)).toBeVisible();

  await banner(second).getByRole('button', { name: 'Take over editing' }).click();
  await expect(banner(first)).toBeVisible();
  await dragWithMouse(second, note(second, audit), month(second, 'December 2026'));
  await expect(saved(second)).toBeVisible();
  await expect(note(month(first, 'December 2026'), audit)).toBeVisible();
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  chooseFile,
  exportAs,
  importFixture,
  lift,
  month,
  note,
  openBoard,
  openPlans,
  pressAndHear,
  touchDrag,
} from './helpers';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What axe finds against WCAG 2.2 A and AA, as lines a person can act on. */
async function violations(page: Page, include?: string): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (include) axe = axe.include(include);
  const { violations: found } = await axe.analyze();
  return found.flatMap((v) =>
    v.nodes.slice(0, 3).map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  );
}

test('the board has no WCAG 2.2 AA violations, in each theme', async ({ page }) => {
  await openBoard(page);
  expect(await violations(page)).toEqual([]);
  for (const theme of ['Dark', 'High contrast']) {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    expect(await violations(page), theme).toEqual([]);
  }
});

test('a board of 1,000 notes has no violations', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?bench=1000&seed=1');
  // Every note, not only the first few of each cell that the board draws at once.
  await page.waitForFunction(() => performance.getEntriesByName('termboard:all-drawn').length > 0);
  expect(await violations(page)).toEqual([]);
});

test('the middle of a keyboard move has no violations', async ({ page }) => {
  await openBoard(page);
  await lift(page, note(month(page, 'November 2026'), 'Staff workload survey'));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('region', { name: /fits$/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
});

test('a suggested sequence on show has no violations, in each theme', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Suggest' }).click();
  const bar = page.getByRole('region', { name: 'Suggested sequence' });
  await bar.getByRole('checkbox', { name: /^Re-sequence the whole plan/ }).click();
  await expect(bar.getByRole('list', { name: 'Why not everything fits' })).toBeVisible();
  for (const theme of ['Light', 'Dark', 'High contrast']) {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    expect(await violations(page), theme).toEqual([]);
  }
});

test('present mode has no violations', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('banner', { name: 'Present mode' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the plan library has no violations', async ({ page }) => {
  await openBoard(page);
  await openPlans(page);
  expect(await violations(page, 'dialog')).toEqual([]);
});

const DIALOGS: [string, string, (page: Page) => Promise<void>][] = [
  [
    'New plan',
    'New plan',
    async (p) => void (await p.getByRole('button', { name: 'New plan' }).click()),
  ],
  [
    'Export PDF',
    'Export PDF',
    async (p) => void (await p.getByRole('button', { name: 'Export PDF' }).click()),
  ],
  [
    'Projects',
    'Projects',
    async (p) => void (await p.getByRole('button', { name: 'Projects' }).click()),
  ],
  ['People', 'People', async (p) => void (await p.getByRole('button', { name: 'People' }).click())],
  [
    'Reflection',
    'Reflection',
    async (p) => void (await p.getByRole('button', { name: 'Reflection' }).click()),
  ],
  [
    'Settings',
    'Plan settings',
    async (p) => void (await p.getByRole('button', { name: 'Settings' }).click()),
  ],
  [
    'Keyboard shortcuts',
    'Keyboard shortcuts',
    async (p) => void (await p.getByRole('button', { name: 'Keyboard shortcuts' }).click()),
  ],
  [
    'Edit action',
    'Edit action',
    async (p) => {
      await note(month(p, 'November 2026'), 'Staff workload survey').focus();
      await p.keyboard.press('Enter');
    },
  ],
  [
    'Move to',
    'Move',
    async (p) => {
      await note(month(p, 'November 2026'), 'Staff workload survey').focus();
      await p.keyboard.press('m');
    },
  ],
];

const importDialogs: typeof DIALOGS = [
  [
    'spreadsheet import',
    'Import riverside-primary-plan.csv',
    (p) => chooseFile(p, importFixture('riverside-primary-plan.csv')),
  ],
  [
    'same plan again',
    'This plan is already here',
    async (p) => {
      const path = test.info().outputPath('again.json');
      await exportAs(p, 'Plan file (.json)', path);
      await chooseFile(p, path);
    },
  ],
];
DIALOGS.push(...importDialogs);

for (const [what, name, open] of DIALOGS) {
  test(`the ${what} dialog has no violations`, async ({ page }) => {
    await openBoard(page);
    await open(page);
    await expect(page.getByRole('dialog', { name: new RegExp(`^${name}`) })).toBeVisible();
    expect(await violations(page, 'dialog')).toEqual([]);
  });
}

test('a keyboard-only journey: lift, move, drop, Move to…, undo, present — all in words', async ({
  page,
}) => {
  await openBoard(page);
  const survey = () => note(page, 'Staff workload survey');
  const news = page
    .getByRole('status')
    .filter({ hasText: /^(New warning|Cleared|\d+ (new|cleared))/ });
  await survey().focus();
  await pressAndHear(
    page,
    'Space',
    "Picked up 'Staff workload survey' from November 2026 (Autumn 2026)",
  );
  await pressAndHear(page, 'ArrowRight', 'over December 2026, Autumn 2026 would hold 8 of 8');
  await pressAndHear(
    page,
    'ArrowRight',
    'over January 2027, Spring 2027 would hold 14 of 8 — over capacity',
  );
  await pressAndHear(
    page,
    'Space',
    "'Staff workload survey' moved to January 2027, Spring 2027 now 14 of 8 — over capacity",
  );
  // The rules' news comes in the polite region: Spring's overload grew.
  await expect(news).toContainText('Spring 2027 holds 14 actions');

  await survey().focus();
  await page.keyboard.press('m');
  const moveTo = page.getByRole('dialog', { name: /^Move/ });
  await moveTo.getByRole('button', { name: 'October 2026' }).click();
  await expect(note(month(page, 'October 2026'), 'Staff workload survey')).toBeVisible();
  await expect(news).toContainText('Cleared');

  await page.keyboard.press('Control+z');
  await expect(note(month(page, 'January 2027'), 'Staff workload survey')).toBeVisible();

  await page.keyboard.press('f');
  await expect(page.getByRole('banner', { name: 'Present mode' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('banner', { name: 'Present mode' })).toHaveCount(0);
});

test('a dialog keeps the focus inside while open and gives it back when closed', async ({
  page,
}) => {
  await openBoard(page);
  const settings = page.getByRole('button', { name: 'Settings' });
  await settings.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Plan settings' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(settings).toBeFocused();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('the long-press menu has no violations', async ({ page }) => {
    await openBoard(page);
    const survey = note(month(page, 'November 2026'), 'Staff workload survey');
    // Held past the pick-up delay and lifted where it was.
    await touchDrag(page, survey, survey, 450);
    await expect(page.getByRole('dialog', { name: 'Staff workload survey' })).toBeVisible();
    expect(await violations(page, 'dialog')).toEqual([]);
  });
});

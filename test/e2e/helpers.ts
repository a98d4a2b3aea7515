import { execFileSync } from 'node:child_process';
import { expect, type Locator, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A month column, found the way a screen reader user finds it: by its name. */
export function month(page: Page, name: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${escape(name)}`) });
}

/** A term band, with its load meter. */
export function term(page: Page, name: string): Locator {
  return page.getByRole('group', { name });
}

export function tray(page: Page): Locator {
  return page.getByRole('region', { name: /^Unscheduled/ });
}

/** A note, by the title its accessible name starts with. */
export function note(scope: Page | Locator, title: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`^${escape(title)}`) });
}

export async function openBoard(page: Page): Promise<void> {
  await page.goto('/');
  await expect(month(page, 'September 2026')).toBeVisible();
  // Notes can be picked up once the drag layer, loaded after the first paint, has arrived.
  await page.waitForFunction(() => performance.getEntriesByName('termboard:ready').length > 0);
}

/** A mouse drag as a person makes it: press, a few small moves, travel, release. */
export async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  // A note under the sticky month headings cannot be pressed: bring it into the open first.
  await from.evaluate((note) => note.scrollIntoView({ block: 'center', inline: 'nearest' }));
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('drag source or target is not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + start.height / 2 + 4, {
    steps: 3,
  });
  await page.mouse.move(end.x + end.width / 2, end.y + Math.min(end.height / 2, 120), {
    steps: 12,
  });
  await page.mouse.up();
  // dnd-kit swallows every click for 50 ms after a drop (a page timer), so that the drop does not
  // also click what it lands on. No person clicks that fast; a test does. A page timer of 60 ms
  // set now fires after dnd-kit's, however busy the machine is.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 60)));
}

/** The live region dnd-kit speaks through, with our words in it. */
export function announcer(page: Page): Locator {
  return page.locator('[role="status"][aria-live="assertive"]');
}

/** Focuses a note and lifts it with Space, as a keyboard user does. */
export async function lift(page: Page, noteToLift: Locator): Promise<void> {
  await noteToLift.focus();
  await pressAndHear(page, 'Space', 'Picked up');
}

/** Presses a key and waits until the screen reader has been told `words`. */
export async function pressAndHear(page: Page, key: string, words: string): Promise<void> {
  await page.keyboard.press(key);
  await expect(announcer(page)).toContainText(words);
}

/** Where the import fixtures live, for `chooseFile`. */
export const importFixture = (name: string) => `test/fixtures/import/${name}`;

/** Clicks Import and picks `path` in the file chooser the browser opens. */
export async function chooseFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import', exact: true }).click(),
  ]);
  await chooser.setFiles(path);
}

/** The line that says the last change is stored. */
export function saved(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^Saved$/ });
}

/** Export, then one of its choices, and saves the download at `path`; gives its file name. */
export async function exportAs(
  page: Page,
  choice: 'Plan file (.json)' | 'Spreadsheet (.csv)' | 'Key of initials (.csv)',
  path: string,
): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: choice }).click(),
  ]);
  await download.saveAs(path);
  return download.suggestedFilename();
}

/** Opens the Plans dialog and waits until it has read the library. */
export async function openPlans(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Plans', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Plans' });
  await expect(dialog.getByRole('row').nth(1)).toBeVisible();
  return dialog;
}

/** Export PDF, then Export in its dialog, and saves the download at `path`. */
export async function downloadPdf(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  await download.saveAs(path);
  await expect(dialog).toBeHidden();
}

/** A PDF's text as poppler reads it, each run of whitespace one space. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
}

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 100) };
}

/** A finger on an interactive whiteboard: touch, hold (or not), slide, lift. */
export async function touchDrag(page: Page, from: Locator, to: Locator, holdMs: number) {
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
export async function doubleTap(page: Page, target: Locator) {
  const cdp = await page.context().newCDPSession(page);
  const point = await centre(target);
  for (let i = 0; i < 2; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
}

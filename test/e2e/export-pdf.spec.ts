import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { samplePlan } from '../../src/domain/sample-plan';
import { openBoard, pdfText } from './helpers';

/** Clicks Export PDF, then Export in its dialog, and saves what the browser downloads. */
async function exportPdf(page: Page, path: string, paper?: string) {
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  if (paper) await dialog.getByLabel('Paper size').selectOption(paper);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  await download.saveAs(path);
  await expect(dialog).toBeHidden();
  return download.suggestedFilename();
}

/** Page 1 as greyscale pixels: the share of them that are not white. */
function inkedShareOfPageOne(path: string): number {
  const out = path.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', '-gray', '-singlefile', path, out]);
  const pgm = readFileSync(`${out}.pgm`);
  // P5 header: magic, width, height, maxval, each after whitespace; then one byte per pixel.
  const header = pgm
    .subarray(0, 64)
    .toString('latin1')
    .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const pixels = pgm.subarray(header[0].length);
  let inked = 0;
  for (const value of pixels) if (value < 200) inked++;
  return inked / pixels.length;
}

test('Export PDF prints the whole sample plan as text, with the Unicode names, on A3', async ({
  page,
}, testInfo) => {
  await openBoard(page);
  const path = testInfo.outputPath('plan.pdf');
  const fileName = await exportPdf(page, path);
  expect(fileName).toMatch(/^Bronze plan 2026-27 \d{4}-\d{2}-\d{2}\.pdf$/);

  const text = pdfText(path);
  expect(text).toContain('Bronze plan 2026-27');
  const months = [
    'September 2026',
    'October 2026',
    'November 2026',
    'December 2026',
    'January 2027',
    'February 2027',
    'March 2027',
    'April 2027',
    'May 2027',
    'June 2027',
    'July 2027',
    'August 2027',
  ];
  for (const month of months) expect(text).toContain(month);
  for (const action of Object.values(samplePlan().actions)) expect(text).toContain(action.title);
  expect(text).toContain('13 / 8 · over capacity by 5');
  expect(text).toContain('External review, 15 Jun');
  for (const name of ['Zoë Price', 'Łukasz Bell', 'Siân Carter', 'Nguyễn Thu Trang']) {
    expect(text).toContain(name);
  }
  expect(text).toContain('Agree the staff’s wellbeing charter');
  expect(text).toMatch(/Page 1 of \d+/);

  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/Title:\s+Bronze plan 2026-27 — year plan/);
  expect(info).toMatch(/Page size:\s+1190\.\d+ x 841\.\d+ pts \(A3\)/);
  expect(inkedShareOfPageOne(path)).toBeGreaterThan(0.05);
});

test('an A4 print of the same plan is A4 and still holds every note', async ({
  page,
}, testInfo) => {
  await openBoard(page);
  const path = testInfo.outputPath('a4.pdf');
  await exportPdf(page, path, 'a4');
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(
    /Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/,
  );
  const text = pdfText(path);
  for (const action of Object.values(samplePlan().actions)) expect(text).toContain(action.title);
});

test('a font that fails to load is reported in the dialog, and Export tries again', async ({
  page,
}, testInfo) => {
  await openBoard(page);
  // The font is fetched as the dialog opens: that first fetch fails, as on a dropped connection.
  await page.route(/\.ttf$/, (route) => route.fulfill({ status: 503, body: '' }));
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The PDF could not be made: The PDF font could not be loaded (503).',
  );

  await page.unroute(/\.ttf$/);
  const path = testInfo.outputPath('retry.pdf');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  await download.saveAs(path);
  await expect(dialog).toBeHidden();
  expect(pdfText(path)).toContain('Nguyễn Thu Trang');
});

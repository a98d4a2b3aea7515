import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { samplePlan } from '../../src/domain/sample-plan';
import { openBoard, pdfText } from './helpers';

test('the browser’s own print gives the year plan alone, every month and note', async ({
  page,
}, testInfo) => {
  await openBoard(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Import' })).toBeHidden();
  await expect(page.getByRole('region', { name: /^Warnings/ })).toBeHidden();
  const path = testInfo.outputPath('printed.pdf');
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = pdfText(path);
  for (const name of ['September 2026', 'December 2026', 'April 2027', 'August 2027'])
    expect(text).toContain(name.split(' ')[0]);
  const plan = samplePlan();
  const placed = Object.values(plan.actions).filter((a) => a.month !== null);
  // Titles wrap inside their notes, so each is looked for by its first word run.
  for (const action of placed)
    expect(text).toContain(action.title.split(' ').slice(0, 2).join(' '));
  expect(text).not.toContain('Unscheduled');
});

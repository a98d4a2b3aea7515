import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  chooseFile,
  downloadPdf,
  dragWithMouse,
  importFixture,
  month,
  note,
  openBoard,
  pdfText,
} from './helpers';

interface FixtureFile {
  plan: {
    actions: Record<string, { title: string }>;
    projects: Record<string, { name: string }>;
    people: Record<string, { name: string }>;
  };
}

const FIXTURE = 'markup-payloads.json';
const fixture = JSON.parse(readFileSync(importFixture(FIXTURE), 'utf8')) as FixtureFile;
const titleOf = (id: string) => fixture.plan.actions[id]!.title;

/** The actions whose titles carry a payload; the rest keep the sample plan's titles. */
const PAYLOAD_TITLES = [
  '<img src=x onerror=alert(1)>',
  "<script>alert('x')</script>",
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  "{{constructor.constructor('alert(1)')()}}",
  '=HYPERLINK("http://example.com")',
  '<a href="javascript:alert(1)">Draft the feedback policy</a>',
  '</textarea><style>*{display:none}</style>',
];

/**
 * Records what a payload that ran would leave behind: a dialog (alert, confirm, prompt) and any
 * Content-Security-Policy violation, which the page reports before anything could run.
 */
async function watchForScript(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      ((window as unknown as { violations?: string[] }).violations ??= []).push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  return { dialogs };
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);

test('the fixture carries every payload', () => {
  const titles = Object.values(fixture.plan.actions).map((a) => a.title);
  for (const payload of PAYLOAD_TITLES) expect(titles).toContain(payload);
  expect(fixture.plan.projects['prj_vis']!.name).toBe('<b onmouseover=alert(1)>Vision</b>');
  expect(fixture.plan.people['per_ps']!.name).toBe('<iframe src="javascript:alert(3)"></iframe>');
});

test('a plan full of markup shows it as text, runs none of it, and prints it as text', async ({
  page,
}, testInfo) => {
  const watched = await watchForScript(page);
  await openBoard(page);
  await chooseFile(page, importFixture(FIXTURE));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Markup payloads plan');

  for (const title of PAYLOAD_TITLES) await expect(note(page, `${title}, `)).toHaveCount(1);
  // The project and owner names are in each note's name, as typed.
  await expect(
    note(
      month(page, 'September 2026'),
      `${titleOf('act_1_1')}, <b onmouseover=alert(1)>Vision</b>, owner Helen Okafor`,
    ),
  ).toBeVisible();
  await expect(
    note(
      month(page, 'October 2026'),
      `${titleOf('act_1_2')}, <b onmouseover=alert(1)>Vision</b>, owner <iframe src="javascript:alert(3)"></iframe>`,
    ),
  ).toBeVisible();
  await expect(
    note(month(page, 'October 2026'), `${titleOf('act_2_1')}, '); alert(1); //, owner Łukasz Bell`),
  ).toBeVisible();
  // A note shows its title as its text, too, not only in its name.
  await expect(note(page, "<script>alert('x')</script>, ")).toContainText(
    "<script>alert('x')</script>",
  );

  // The settings list the projects and people by name.
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Plan settings' });
  await expect(settings).toBeVisible();
  await settings.getByRole('button', { name: 'Done' }).click();

  const path = testInfo.outputPath('markup.pdf');
  await downloadPdf(page, path);
  const text = pdfText(path);
  for (const title of PAYLOAD_TITLES) expect(text).toContain(title.replace(/\s+/g, ' '));

  // Nothing a payload names was made into an element.
  expect(
    await page.evaluate(
      () =>
        document.querySelectorAll('iframe, script:not([src]), [onerror], [onload], [onmouseover]')
          .length,
    ),
  ).toBe(0);
  expect(watched.dialogs).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('the sample board journey runs under the Content-Security-Policy without a violation', async ({
  page,
}, testInfo) => {
  const watched = await watchForScript(page);
  await openBoard(page);
  await dragWithMouse(page, note(page, 'Staff workload survey'), month(page, 'February 2027'));
  await expect(note(month(page, 'February 2027'), 'Staff workload survey')).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Plan settings' });
  await expect(settings).toBeVisible();
  await settings.getByRole('button', { name: 'Done' }).click();
  await expect(settings).toBeHidden();

  await downloadPdf(page, testInfo.outputPath('sample.pdf'));
  expect(pdfText(testInfo.outputPath('sample.pdf'))).toContain('Staff workload survey');

  expect(watched.dialogs).toEqual([]);
  expect(await violations(page)).toEqual([]);

  // The listener hears a violation when there is one: an inline script is refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.ranInline = true';
    document.body.append(script);
  });
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
  expect(await page.evaluate(() => 'ranInline' in window)).toBe(false);
});

import { expect, test, type Locator, type Page } from '@playwright/test';
import { month, note, openBoard, saved, tray } from './helpers';

/*
 * Issue 8: a team builds and edits its whole plan on the board. The first journey touches no
 * mouse at all: every step is a key press on whatever a keyboard user would have focused.
 */

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Focuses a button and presses Enter on it, as a keyboard user who has tabbed there does. */
async function pressButton(button: Locator): Promise<void> {
  await button.focus();
  await button.press('Enter');
}

/** Focuses a select and picks an option by typing the start of its text, as a keyboard user does. */
async function chooseByTyping(page: Page, select: Locator, start: string): Promise<void> {
  await select.focus();
  await page.keyboard.type(start);
}

/** Opens the quick-add field of a month (or `Unscheduled`) from the keyboard. */
async function openQuickAdd(page: Page, place: string): Promise<Locator> {
  await pressButton(page.getByRole('button', { name: `Add an action to ${place}` }));
  const field = page.getByRole('textbox', { name: `New action in ${place}` });
  await expect(field).toBeFocused();
  return field;
}

/** Types into the focused field one line at a time, Enter after each (quick add, the wizard's projects). */
async function typeLines(page: Page, titles: string[]): Promise<void> {
  for (const title of titles) {
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }
}

/** Changes the project of the next quick-added notes with the keyboard, and goes back to the title. */
async function quickAddProject(page: Page, place: string, code: string): Promise<void> {
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('combobox', { name: `Project of new actions in ${place}` }),
  ).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('textbox', { name: `New action in ${place}` })).toBeFocused();
}

/** Focuses a note and opens its editor with Enter. */
async function openEditor(page: Page, noteToEdit: Locator): Promise<Locator> {
  await noteToEdit.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit action' });
  await expect(editor.getByRole('textbox', { name: 'Title' })).toBeFocused();
  return editor;
}

test('a plan built from nothing by keyboard alone is all there after a reload', async ({
  page,
}) => {
  // A whole meeting's worth of typing, one key at a time.
  test.slow();
  await openBoard(page);

  // The wizard, step 1: Tab from field to field, a select and the month chosen by typing.
  await pressButton(page.getByRole('button', { name: 'New plan', exact: true }));
  const wizard = page.getByRole('dialog', { name: 'New plan' });
  await expect(wizard.getByRole('textbox', { name: 'Plan name' })).toBeFocused();
  await page.keyboard.type('Silver plan 2027-29');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Westbrook Primary');
  await page.keyboard.press('Tab');
  await expect(wizard.getByRole('combobox', { name: 'Phase' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(wizard.getByRole('combobox', { name: 'Phase' })).toHaveValue('silver');
  await expect(wizard.getByRole('spinbutton', { name: 'Length in months' })).toHaveValue('18');
  await page.keyboard.press('Tab');
  // A month field: the month, then the year, each typed in its own part.
  await page.keyboard.type('9');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('2027');
  await expect(wizard.getByLabel('Start month')).toHaveValue('2027-09');
  // Day and month alike, so the date reads the same whichever order the browser's field takes.
  const review = wizard.getByLabel('External review date (optional)');
  await review.focus();
  await page.keyboard.type('06062028');
  await expect(review).toHaveValue('2028-06-06');
  await page.keyboard.press('Enter');

  // Step 2: three projects, Enter after each name.
  const projectName = wizard.getByRole('textbox', { name: 'Project name' });
  await expect(projectName).toBeFocused();
  await typeLines(page, [
    'Shared vision for learning',
    'Reading for pleasure',
    'Attendance and punctuality',
  ]);
  await expect(wizard.getByRole('listitem')).toHaveText([
    /^Shared vision for learning/,
    /^Reading for pleasure/,
    /^Attendance and punctuality/,
  ]);
  await pressButton(wizard.getByRole('button', { name: 'Create plan' }));
  await expect(wizard).toBeHidden();
  await expect(heading(page)).toHaveText('Silver plan 2027-29');
  await expect(month(page, 'September 2027')).toBeVisible();
  await expect(month(page, 'February 2029')).toBeVisible();

  // Two people, each added with Enter from the form.
  await pressButton(page.getByRole('button', { name: 'People', exact: true }));
  const people = page.getByRole('dialog', { name: 'People' });
  const personName = people.getByRole('textbox', { name: "Person's name" });
  // Where the dialog puts focus has its own test below; here the journey goes on from the field.
  await personName.focus();
  await page.keyboard.type('Amira Haddad');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Deputy head');
  await page.keyboard.press('Enter');
  await expect(people.getByRole('listitem', { name: 'Amira Haddad (AH)' })).toBeVisible();
  await expect(personName).toBeFocused();
  await page.keyboard.type('Tom Reyes');
  await page.keyboard.press('Tab');
  await page.keyboard.type('TRE');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Reading lead');
  await page.keyboard.press('Enter');
  await expect(people.getByRole('listitem', { name: 'Tom Reyes (TRE)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(people).toBeHidden();

  // Quick add in two months and the tray, switching project with the field's own select.
  await openQuickAdd(page, 'September 2027');
  await typeLines(page, ['Vision workshop with staff']);
  await quickAddProject(page, 'September 2027', 'R');
  await typeLines(page, ['Baseline reading ages']);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Add an action to September 2027' })).toBeFocused();

  await openQuickAdd(page, 'October 2027');
  await quickAddProject(page, 'October 2027', 'S');
  await typeLines(page, ['Agree the vision statement']);
  await quickAddProject(page, 'October 2027', 'A');
  await typeLines(page, ['Attendance letters home']);
  await page.keyboard.press('Escape');

  await openQuickAdd(page, 'Unscheduled');
  await quickAddProject(page, 'Unscheduled', 'A');
  await typeLines(page, ['Partner school visit']);
  await page.keyboard.press('Escape');

  const september = month(page, 'September 2027');
  const october = month(page, 'October 2027');
  await expect(note(september, 'Vision workshop with staff')).toContainText('SVL');
  await expect(note(september, 'Baseline reading ages')).toContainText('RP');
  await expect(note(october, 'Agree the vision statement')).toContainText('SVL');
  await expect(note(october, 'Attendance letters home')).toContainText('AP');
  await expect(note(tray(page), 'Partner school visit')).toContainText('AP');

  // Owners through the editor: Enter on the note, the Owner select by typing initials, Save.
  let editor = await openEditor(page, note(september, 'Vision workshop with staff'));
  await chooseByTyping(page, editor.getByRole('combobox', { name: 'Owner' }), 'AH');
  await pressButton(editor.getByRole('button', { name: 'Save' }));
  await expect(editor).toBeHidden();
  await expect(note(september, 'Vision workshop with staff')).toBeFocused();

  editor = await openEditor(page, note(september, 'Baseline reading ages'));
  await chooseByTyping(page, editor.getByRole('combobox', { name: 'Owner' }), 'TRE');
  await pressButton(editor.getByRole('button', { name: 'Save' }));
  await expect(editor).toBeHidden();

  // A dependency, picked in the editor.
  editor = await openEditor(page, note(october, 'Agree the vision statement'));
  await chooseByTyping(
    page,
    editor.getByRole('combobox', { name: 'Action this one waits for' }),
    'Vision work',
  );
  await pressButton(editor.getByRole('button', { name: 'Add wait' }));
  const dependsOn = editor.getByRole('group', { name: 'Depends on' });
  await expect(dependsOn).toContainText('Vision workshop with staff (September 2027)');
  await pressButton(editor.getByRole('button', { name: 'Save' }));
  await expect(editor).toBeHidden();

  // M, then a month in Move to….
  await note(october, 'Attendance letters home').focus();
  await page.keyboard.press('m');
  const moveTo = page.getByRole('dialog', { name: 'Move “Attendance letters home” to…' });
  await pressButton(moveTo.getByRole('button', { name: 'November 2027' }));
  await expect(moveTo).toBeHidden();
  await expect(note(month(page, 'November 2027'), 'Attendance letters home')).toBeVisible();
  await expect(saved(page)).toBeVisible();

  await page.reload();
  await expect(heading(page)).toHaveText('Silver plan 2027-29');
  await expect(page.getByText('Westbrook Primary')).toBeVisible();
  await expect(month(page, 'June 2028')).toContainText('External review');

  await expect(note(september, 'Vision workshop with staff')).toHaveAccessibleName(
    /owner Amira Haddad/,
  );
  await expect(note(september, 'Vision workshop with staff')).toContainText('AH');
  await expect(note(september, 'Baseline reading ages')).toHaveAccessibleName(/owner Tom Reyes/);
  await expect(note(september, 'Baseline reading ages')).toContainText('TRE');
  await expect(note(october, 'Agree the vision statement')).toHaveAccessibleName(
    /waits for 'Vision workshop with staff'/,
  );
  await expect(note(october, 'Attendance letters home')).toHaveCount(0);
  await expect(note(month(page, 'November 2027'), 'Attendance letters home')).toContainText('AP');
  await expect(note(tray(page), 'Partner school visit')).toBeVisible();

  editor = await openEditor(page, note(october, 'Agree the vision statement'));
  await expect(editor.getByRole('group', { name: 'Depends on' })).toContainText(
    'Vision workshop with staff (September 2027)',
  );
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  const legend = page.getByRole('region', { name: 'Projects' });
  await expect(legend).toContainText('SVL');
  await expect(legend).toContainText('Shared vision for learning');
  await expect(legend).toContainText('RP');
  await expect(legend).toContainText('Reading for pleasure');
  await expect(legend).toContainText('AP');
  await expect(legend).toContainText('Attendance and punctuality');

  await pressButton(page.getByRole('button', { name: 'Projects', exact: true }));
  const projects = page.getByRole('dialog', { name: 'Projects' });
  await expect(projects.getByRole('listitem')).toHaveText([
    /SVL Shared vision for learning · 2 actions/,
    /RP Reading for pleasure · 1 action/,
    /AP Attendance and punctuality · 2 actions/,
  ]);
});

test('three notes moved together by Move to… come back with one Undo', async ({ page }) => {
  await openBoard(page);
  const picked = [
    ['September 2026', 'Launch the vision consultation with staff'],
    ['October 2026', 'Student voice on what helps learning'],
    ['November 2026', 'Staff workload survey'],
  ] as const;
  for (const [where, title] of picked) {
    await note(month(page, where), title).click({ modifiers: ['ControlOrMeta'] });
  }
  const selection = page.getByRole('region', { name: 'Selection: 3 actions' });
  await expect(selection).toBeVisible();
  for (const [where, title] of picked) {
    await expect(note(month(page, where), title)).toHaveAccessibleName(/, selected/);
  }

  await selection.getByRole('button', { name: 'Move to…' }).click();
  const moveTo = page.getByRole('dialog', { name: 'Move 3 actions to…' });
  await moveTo.getByRole('button', { name: 'April 2027' }).click();
  await expect(moveTo).toBeHidden();
  for (const [where, title] of picked) {
    await expect(note(month(page, 'April 2027'), title)).toBeVisible();
    await expect(note(month(page, where), title)).toHaveCount(0);
  }

  await page.keyboard.press('Control+z');
  for (const [where, title] of picked) {
    await expect(note(month(page, where), title)).toBeVisible();
    await expect(note(month(page, 'April 2027'), title)).toHaveCount(0);
  }
  // One step undid all three: nothing else is left to undo.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('Shift+arrows select notes from the keyboard and M moves them all as one step', async ({
  page,
}) => {
  await openBoard(page);
  const september = month(page, 'September 2026');
  const titles = [
    'Launch the vision consultation with staff',
    'Baseline reading ages for Year 7',
    'Publish attendance expectations to families',
  ];
  await note(september, titles[0]!).focus();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByRole('region', { name: 'Selection: 3 actions' })).toBeVisible();
  await page.keyboard.press('m');
  const moveTo = page.getByRole('dialog', { name: 'Move 3 actions to…' });
  await pressButton(moveTo.getByRole('button', { name: 'Unscheduled' }));
  for (const title of titles) await expect(note(tray(page), title)).toBeVisible();

  await page.keyboard.press('Control+z');
  for (const title of titles) await expect(note(september, title)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('People and Projects open on the name field of their add form', async ({ page }) => {
  await openBoard(page);
  // A keyboard user should not have to Tab past every row of the directory to add someone.
  await pressButton(page.getByRole('button', { name: 'People', exact: true }));
  const people = page.getByRole('dialog', { name: 'People' });
  await expect(people.getByRole('textbox', { name: "Person's name" })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(people).toBeHidden();

  await pressButton(page.getByRole('button', { name: 'Projects', exact: true }));
  const projects = page.getByRole('dialog', { name: 'Projects' });
  await expect(projects.getByRole('textbox', { name: 'Project name' })).toBeFocused();
});

test('an empty quick-add title is refused in place', async ({ page }) => {
  await openBoard(page);
  const october = month(page, 'October 2026');
  await expect(october).toHaveAccessibleName(/^October 2026\b.*\b2 actions/);
  await october.getByRole('button', { name: 'Add an action to October 2026' }).click();
  const field = october.getByRole('textbox', { name: 'New action in October 2026' });
  await expect(field).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(october.getByRole('alert')).toContainText('Type a title first');
  await expect(field).toBeFocused();
  await page.keyboard.type('   ');
  await page.keyboard.press('Enter');
  await expect(october.getByRole('alert')).toContainText('Type a title first');
  await expect(october).toHaveAccessibleName(/^October 2026\b.*\b2 actions/);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // The field is still there for a real title.
  await field.fill('Reading buddies for Year 7');
  await page.keyboard.press('Enter');
  await expect(note(october, 'Reading buddies for Year 7')).toBeVisible();
  await expect(october.getByRole('alert')).toHaveCount(0);
});

test('a project code already in use is refused with a message', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Projects', exact: true }).click();
  const projects = page.getByRole('dialog', { name: 'Projects' });
  await expect(projects.getByRole('listitem')).toHaveCount(5);
  await projects.getByRole('textbox', { name: 'Project name' }).fill('Numeracy in every subject');
  await projects.getByRole('textbox', { name: 'Code (optional)' }).fill('vis');
  await projects.getByRole('button', { name: 'Add project' }).click();
  await expect(projects.getByRole('alert')).toHaveText(
    'Not added: vis is already the code of "A shared vision for learning".',
  );
  await expect(projects.getByRole('listitem')).toHaveCount(5);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Changing an existing project's code to a taken one is refused beside the field.
  await projects.getByText('FBK Feedback that moves learning on').click();
  const code = projects.getByRole('textbox', { name: 'Code (2-4 letters)' });
  await code.fill('RDG');
  await code.press('Enter');
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  const feedback = projects.getByRole('listitem').filter({ hasText: 'Feedback that moves' });
  await expect(feedback.getByRole('alert')).toHaveText(
    'RDG is already the code of "Reading across the curriculum"',
  );
  await projects.getByRole('button', { name: 'Done' }).click();
  await expect(note(page, 'Audit feedback in exercise books')).toContainText('FBK');
});

test('initials already in use are refused in People', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'People', exact: true }).click();
  const people = page.getByRole('dialog', { name: 'People' });
  await people.getByRole('textbox', { name: "Person's name" }).fill('Hannah Osei');
  await people.getByRole('textbox', { name: 'Initials (optional)' }).fill('ho');
  await people.getByRole('button', { name: 'Add person' }).click();
  await expect(people.getByRole('alert')).toHaveText(
    "Not added: ho are already Helen Okafor's initials.",
  );
  await expect(people.getByRole('listitem', { name: /^Hannah Osei/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('removing a person who owns actions asks who takes them, and hands them over', async ({
  page,
}) => {
  await openBoard(page);
  await expect(note(page, 'Student voice on what helps learning')).toHaveAccessibleName(
    /owner Zoë Price/,
  );
  await page.getByRole('button', { name: 'People', exact: true }).click();
  const people = page.getByRole('dialog', { name: 'People' });
  await people.getByRole('button', { name: 'Remove Zoë Price' }).click();
  const asking = people.getByRole('group', { name: 'Remove Zoë Price' });
  const heir = asking.getByRole('combobox', { name: /Zoë Price owns 4 actions: hand them to/ });
  await expect(heir).toBeVisible();
  // Nothing is removed until the question is answered.
  await expect(people.getByRole('listitem', { name: 'Zoë Price (ZP)' })).toBeVisible();
  await heir.selectOption({ label: 'HO · Helen Okafor' });
  await asking.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(people.getByRole('listitem', { name: 'Zoë Price (ZP)' })).toHaveCount(0);
  await expect(people.getByRole('listitem', { name: 'Helen Okafor (HO)' })).toContainText(
    '6 actions',
  );
  await people.getByRole('button', { name: 'Done' }).click();

  for (const title of [
    'Student voice on what helps learning',
    'Feedback training for all staff',
    'Evaluate the impact of the feedback policy',
    'Peer observation of feedback practice',
  ]) {
    await expect(note(page, title)).toHaveAccessibleName(/owner Helen Okafor/);
    await expect(note(page, title)).toContainText('HO');
  }
});

test('Delete on a note removes it and Ctrl+Z brings it back; D duplicates it', async ({ page }) => {
  await openBoard(page);
  const november = month(page, 'November 2026');
  await note(november, 'Staff workload survey').focus();
  await page.keyboard.press('Delete');
  await expect(note(november, 'Staff workload survey')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(note(november, 'Staff workload survey')).toBeVisible();

  await note(november, 'Staff workload survey').focus();
  await page.keyboard.press('d');
  await expect(note(november, 'Staff workload survey')).toHaveCount(2);
  await expect(note(november, 'Staff workload survey').nth(1)).toContainText('SC');
  await page.keyboard.press('Control+z');
  await expect(note(november, 'Staff workload survey')).toHaveCount(1);
});

test('? opens the shortcuts sheet, but not while typing in a field', async ({ page }) => {
  await openBoard(page);
  await note(page, 'Staff workload survey').focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Duplicate the action');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  const field = await openQuickAdd(page, 'October 2026');
  await page.keyboard.type('Why do students miss school?');
  await expect(field).toHaveValue('Why do students miss school?');
  await expect(sheet).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(note(month(page, 'October 2026'), 'Why do students miss school?')).toBeVisible();
  await expect(sheet).toHaveCount(0);
});

test('L on one note and a click on another makes the second wait for the first', async ({
  page,
}) => {
  await openBoard(page);
  const survey = note(month(page, 'November 2026'), 'Staff workload survey');
  await survey.focus();
  await survey.press('l');
  await expect(page.getByRole('status').filter({ hasText: 'Linking from' })).toBeVisible();
  await note(page, 'Second staff workload survey').click();
  await expect(note(page, 'Second staff workload survey')).toHaveAccessibleName(
    /waits for 'Staff workload survey'/,
  );
  await page.getByRole('button', { name: 'Undo that' }).click();
  await expect(note(page, 'Second staff workload survey')).not.toHaveAccessibleName(/waits for/);
});

test('two selected notes can be linked from the selection bar, and a circle is refused', async ({
  page,
}) => {
  await openBoard(page);
  await note(page, 'Staff workload survey').click({ modifiers: ['Control'] });
  await note(page, 'Second staff workload survey').click({ modifiers: ['Control'] });
  const bar = page.getByRole('region', { name: 'Selection: 2 actions' });
  await bar
    .getByRole('button', {
      name: '“Second staff workload survey” waits for “Staff workload survey”',
    })
    .click();
  await expect(note(page, 'Second staff workload survey')).toHaveAccessibleName(
    /waits for 'Staff workload survey'/,
  );

  await page.getByRole('button', { name: 'Clear selection' }).click();
  await note(page, 'Second staff workload survey').click({ modifiers: ['Control'] });
  await note(page, 'Staff workload survey').click({ modifiers: ['Control'] });
  await bar
    .getByRole('button', {
      name: '“Staff workload survey” waits for “Second staff workload survey”',
    })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'No link' })).toContainText(
    'would wait on each other',
  );
});

test('the next phase is drafted by keyboard from the actions not met, and the earlier plan stays', async ({
  page,
}) => {
  await openBoard(page);
  const launch = note(month(page, 'September 2026'), 'Launch the vision consultation with staff');
  await launch.focus();
  await launch.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit action' });
  await chooseByTyping(page, editor.getByLabel('Status'), 'Met');
  await pressButton(editor.getByRole('button', { name: 'Save' }));
  await expect(saved(page)).toBeVisible();

  await pressButton(page.getByRole('button', { name: 'Plans', exact: true }));
  await pressButton(page.getByRole('button', { name: 'Start the next phase' }));
  await expect(heading(page)).toHaveText('Bronze plan 2026-27 (next phase)');
  await expect(month(page, 'September 2027')).toBeVisible();
  await expect(note(tray(page), 'Staff workload survey')).toBeVisible();
  await expect(note(page, 'Launch the vision consultation with staff')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /, (owner|no owner)/ })).toHaveCount(26);

  await pressButton(page.getByRole('button', { name: 'Plans', exact: true }));
  const plans = page.getByRole('dialog', { name: 'Plans' });
  await pressButton(plans.getByRole('button', { name: /^Open Bronze plan 2026-27$/ }));
  await expect(heading(page)).toHaveText('Bronze plan 2026-27');
  await expect(
    note(month(page, 'September 2026'), 'Launch the vision consultation with staff'),
  ).toHaveAccessibleName(/Met/);
});

import { expect, test, type Page } from '@playwright/test';
import {
  announcer,
  dragWithMouse,
  lift,
  pressAndHear,
  month,
  note,
  openBoard,
  term,
  tray,
} from './helpers';

test('a mouse drag moves a note to another month and updates the term loads', async ({ page }) => {
  await openBoard(page);
  const policy = note(month(page, 'March 2027'), 'Adopt the feedback policy');
  await dragWithMouse(page, policy, month(page, 'June 2027'));
  await expect(announcer(page)).toContainText(
    "'Adopt the feedback policy' moved to June 2027, Summer 2027 now 7 of 8",
  );
  await expect(note(month(page, 'June 2027'), 'Adopt the feedback policy')).toBeVisible();
  await expect(note(month(page, 'March 2027'), 'Adopt the feedback policy')).toHaveCount(0);
  await expect(term(page, 'Spring 2027')).toContainText('12 / 8');
  await expect(term(page, 'Summer 2027')).toContainText('7 / 8');
});

test('a mouse drag unschedules a note into the tray and schedules one from it', async ({
  page,
}) => {
  await openBoard(page);
  await dragWithMouse(
    page,
    note(tray(page), 'Library refit for reading for pleasure'),
    month(page, 'October 2026'),
  );
  await expect(
    note(month(page, 'October 2026'), 'Library refit for reading for pleasure'),
  ).toBeVisible();
  await dragWithMouse(
    page,
    note(month(page, 'May 2027'), 'Second staff workload survey'),
    tray(page),
  );
  await expect(note(tray(page), 'Second staff workload survey')).toBeVisible();
});

test('a click without moving does not drag the note', async ({ page }) => {
  await openBoard(page);
  await note(page, 'Staff workload survey').click();
  await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('the keyboard moves a note one month per arrow key and says where it went', async ({
  page,
}) => {
  await openBoard(page);
  const survey = note(month(page, 'November 2026'), 'Staff workload survey');
  await survey.focus();
  await pressAndHear(
    page,
    'Space',
    "Picked up 'Staff workload survey' from November 2026 (Autumn 2026)",
  );
  await pressAndHear(
    page,
    'ArrowRight',
    "'Staff workload survey' over December 2026, Autumn 2026 would hold 8 of 8",
  );
  await pressAndHear(
    page,
    'ArrowRight',
    'over January 2027, Spring 2027 would hold 14 of 8 — over capacity',
  );
  // Tab must not drop the note or take focus away mid-move.
  await page.keyboard.press('Tab');
  await pressAndHear(page, 'ArrowLeft', 'over December 2026');
  await pressAndHear(
    page,
    'Space',
    "'Staff workload survey' moved to December 2026, Autumn 2026 now 8 of 8",
  );
  await expect(note(month(page, 'December 2026'), 'Staff workload survey')).toBeVisible();
  await expect(note(month(page, 'December 2026'), 'Staff workload survey')).toBeFocused();
});

test('a note held while the board scrolls under it lands in the month now under the pointer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openBoard(page);
  const survey = note(month(page, 'November 2026'), 'Staff workload survey');
  await survey.evaluate((n) => n.scrollIntoView({ block: 'center', inline: 'nearest' }));
  const start = (await survey.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + start.height / 2 + 4, {
    steps: 3,
  });
  await expect(announcer(page)).toContainText("Picked up 'Staff workload survey'");
  // The wheel scrolls the board sideways while the note is still in the air.
  await expect(month(page, 'July 2027')).not.toBeInViewport();
  await page.mouse.wheel(3000, 0);
  await expect(month(page, 'July 2027')).toBeInViewport();
  const july = (await month(page, 'July 2027').boundingBox())!;
  await page.mouse.move(july.x + july.width / 2, july.y + 150, { steps: 8 });
  await page.mouse.up();
  await expect(announcer(page)).toContainText("'Staff workload survey' moved to July 2027");
  await expect(note(month(page, 'July 2027'), 'Staff workload survey')).toBeVisible();
});

test('on a narrow screen the keyboard carries a note to a month out of view', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openBoard(page);
  await lift(page, note(month(page, 'November 2026'), 'Staff workload survey'));
  for (const over of ['December 2026', 'January 2027', 'February 2027', 'March 2027']) {
    await pressAndHear(page, 'ArrowRight', `over ${over}`);
  }
  for (const over of ['April 2027', 'May 2027', 'June 2027', 'July 2027']) {
    await pressAndHear(page, 'ArrowRight', `over ${over}`);
  }
  await pressAndHear(page, 'Space', "'Staff workload survey' moved to July 2027");
  await expect(note(month(page, 'July 2027'), 'Staff workload survey')).toBeInViewport();
});

test('Escape cancels a keyboard move', async ({ page }) => {
  await openBoard(page);
  await lift(page, note(page, 'Staff workload survey'));
  await pressAndHear(page, 'ArrowRight', 'over December 2026');
  await pressAndHear(
    page,
    'Escape',
    "Move cancelled. 'Staff workload survey' stays in November 2026",
  );
  await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('the keyboard moves a note from the first month into the tray and back', async ({ page }) => {
  await openBoard(page);
  await lift(page, note(page, 'Launch the vision consultation with staff'));
  await pressAndHear(page, 'ArrowLeft', 'over Unscheduled');
  await pressAndHear(
    page,
    'Space',
    "'Launch the vision consultation with staff' moved to Unscheduled",
  );
  await expect(note(tray(page), 'Launch the vision consultation with staff')).toBeVisible();
  await lift(page, note(tray(page), 'Launch the vision consultation with staff'));
  await pressAndHear(page, 'ArrowRight', 'over September 2026, Autumn 2026 would hold 8 of 8');
  await page.keyboard.press('Space');
  await expect(
    note(month(page, 'September 2026'), 'Launch the vision consultation with staff'),
  ).toBeVisible();
});

test('an arrow key pressed in the same moment as the pick-up still moves the note', async ({
  page,
}) => {
  await openBoard(page);
  const survey = note(month(page, 'November 2026'), 'Staff workload survey');
  // Both keys in one task: the second arrives before dnd-kit's keyboard sensor has started, as a
  // quick hand's can on a busy laptop.
  await survey.evaluate((element) => {
    for (const [key, code] of [
      [' ', 'Space'],
      ['ArrowRight', 'ArrowRight'],
    ])
      element.dispatchEvent(
        new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true }),
      );
  });
  await expect(announcer(page)).toContainText('over December 2026');
  await pressAndHear(page, 'Space', "'Staff workload survey' moved to December 2026");
  await expect(note(month(page, 'December 2026'), 'Staff workload survey')).toBeVisible();
});

test.describe('in project lanes', () => {
  /** The survey, of project WEL, with the board in project lanes. */
  async function surveyInLanes(page: Page) {
    await openBoard(page);
    await page.getByLabel('Lanes').selectOption('project');
    const survey = note(month(page, 'November 2026'), 'Staff workload survey');
    await expect(survey).toContainText('WEL');
    return survey;
  }

  test('a mouse drag puts a note in the month and lane under the pointer', async ({ page }) => {
    const survey = await surveyInLanes(page);
    await dragWithMouse(page, survey, note(page, 'Daily attendance calls from 8:30'));
    await expect(announcer(page)).toContainText(
      "'Staff workload survey' moved to January 2027 in lane ATT Attendance and punctuality",
    );
    await expect(note(month(page, 'January 2027'), 'Staff workload survey')).toContainText('ATT');
  });

  test('ArrowUp moves a note to the project above, and the lanes choice is remembered', async ({
    page,
  }) => {
    const survey = await surveyInLanes(page);
    await survey.focus();
    await pressAndHear(page, 'Space', 'Picked up');
    await pressAndHear(
      page,
      'ArrowUp',
      'over November 2026 in lane ATT Attendance and punctuality',
    );
    await pressAndHear(
      page,
      'Space',
      "'Staff workload survey' moved to November 2026 in lane ATT Attendance and punctuality",
    );
    await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toContainText('ATT');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(note(month(page, 'November 2026'), 'Staff workload survey')).toContainText('WEL');

    await page.reload();
    await expect(page.getByLabel('Lanes')).toHaveValue('project');
  });
});

test('undo and redo, by button and by keyboard', async ({ page }) => {
  await openBoard(page);
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  await dragWithMouse(page, note(page, 'Adopt the feedback policy'), month(page, 'June 2027'));
  await expect(note(month(page, 'June 2027'), 'Adopt the feedback policy')).toBeVisible();

  await undo.click();
  await expect(note(month(page, 'March 2027'), 'Adopt the feedback policy')).toBeVisible();
  await expect(undo).toBeDisabled();
  await redo.click();
  await expect(note(month(page, 'June 2027'), 'Adopt the feedback policy')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(note(month(page, 'March 2027'), 'Adopt the feedback policy')).toBeVisible();
  await page.keyboard.press('Control+Shift+Z');
  await expect(note(month(page, 'June 2027'), 'Adopt the feedback policy')).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(note(month(page, 'June 2027'), 'Adopt the feedback policy')).toBeVisible();
  await expect(redo).toBeDisabled();
});

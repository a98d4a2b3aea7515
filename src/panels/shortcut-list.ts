/**
 * Every key the app answers to, for the `?` sheet. The board's note keys are handled by the note
 * itself (board/note-commands.ts) and dnd-kit; the global ones by `SHORTCUTS` in shortcuts.ts.
 * None of them fire while the person types in a field.
 */
export const SHORTCUT_LIST: readonly { section: string; keys: readonly [string, string][] }[] = [
  {
    section: 'Anywhere',
    keys: [
      ['Ctrl+Z', 'Undo'],
      ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
      ['?', 'This list of shortcuts'],
      ['/', 'Find: dim every note that does not match'],
      ['F', 'Present: the board alone, full screen, for the projector'],
    ],
  },
  {
    section: 'Presenting',
    keys: [
      ['PageDown, PageUp', 'Later or earlier terms, when the plan is longer than a page'],
      ['Ctrl+Plus, Ctrl+Minus', 'Zoom in or out'],
      ['Ctrl+0', 'Fit the terms to the screen'],
      ['Escape or F', 'Leave present mode'],
    ],
  },
  {
    section: 'On a note',
    keys: [
      ['Enter (or double-click)', 'Edit the action'],
      ['Space', 'Lift the note; then Arrow keys move it, Space drops it, Escape cancels'],
      ['M', 'Move to… a month or Unscheduled, without dragging'],
      ['D', 'Duplicate the action'],
      ['P', 'Pin the note, so Suggest keeps it in its month; P again unpins it'],
      ['Delete', 'Delete the action (Ctrl+Z brings it back)'],
      ['Shift+Arrow keys', 'Add the next note to the selection'],
      ['Ctrl+Space (or Ctrl+click, Shift+click)', 'Add the note to the selection, or take it out'],
      ['Escape', 'Clear the selection'],
    ],
  },
  {
    section: 'In a month or the tray',
    keys: [
      ['Add, then type and Enter', 'Add a note there; the field stays open for the next'],
      ['Escape', 'Close the field'],
    ],
  },
];

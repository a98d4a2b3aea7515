import { produce, type Draft } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import type { ActionId, TermId } from '../domain/ids';
import { addImported } from '../domain/import/add-imported';
import type { Fix } from '../domain/rules/rule';
import { assignLane, type Lane, type LaneMode } from '../domain/lanes';
import type { MonthKey } from '../domain/month';
import type { Plan } from '../domain/plan';
import { makeMoves, type Suggestion } from '../domain/suggest/suggestion';
import { actionCommands, type ActionCommands } from './commands/action-commands';
import { peopleCommands, type PeopleCommands } from './commands/people-commands';
import { projectCommands, type ProjectCommands } from './commands/project-commands';
import { settingsCommands, type SettingsCommands } from './commands/settings-commands';
import { pushBounded, type HistoryEntry } from './history';
import { boardViewSlice, type BoardViewSlice } from './board-view';
import { boardAidsSlice, type BoardAidsSlice } from './board-aids';
import { roomViewSlice, type RoomViewSlice } from './room-view';

/** Where a note is put: a month (or `null`, the Unscheduled tray) and optionally a lane. */
export interface Placement {
  month: MonthKey | null;
  lane?: Lane;
}

/** A drag in progress: outside history and storage, cleared on drop or Escape. */
export interface DragState {
  actionId: ActionId;
  over: Placement | null;
  /**
   * The months where the note would break no rule, lightly marked while it is in the air; null
   * until they are worked out, just after the pick-up.
   */
  fits: readonly MonthKey[] | null;
}

/**
 * A suggested sequence on show: the board draws the plan with its moves made, and nothing is
 * stored or undoable until it is applied.
 */
export interface SuggestionPreview {
  /** The plan as it was: what Discard goes back to and Apply's undo step holds. */
  base: Plan;
  suggestion: Suggestion;
}

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'failed'; reason: string };

/** The notes and terms a chosen warning points at; outside history. */
export interface Highlight {
  key: string;
  actionIds: ActionId[];
  termIds: TermId[];
}

/** The dialog open over the board, if any: outside history, so undo never reopens one. */
export type Panel =
  | { kind: 'edit-action'; id: ActionId }
  | { kind: 'move-to'; ids: ActionId[] }
  | { kind: 'note-menu'; id: ActionId }
  | { kind: 'projects' }
  | { kind: 'people' }
  | { kind: 'reflection' }
  | { kind: 'shortcuts' };

/** Whether this tab may change the plan: another tab editing it makes this one read-only. */
export type Access = 'edit' | 'read-only';

export interface PlanState {
  plan: Plan;
  access: Access;
  /** Counts the plans opened in this tab: autosave stores edits, not the opening of a plan. */
  openings: number;
  past: HistoryEntry[];
  future: HistoryEntry[];
  drag: DragState | null;
  laneMode: LaneMode;
  save: SaveState;
  highlight: Highlight | null;
  /** The notes chosen with Shift or Ctrl, acted on together; outside history. */
  selection: ActionId[];
  panel: Panel | null;
  /** A suggested sequence being looked at, or null. */
  preview: SuggestionPreview | null;
}

export interface PlanCommands {
  moveAction(id: ActionId, to: Placement): void;
  /** Adds an imported plan's projects, people and actions to this plan, as one undo step. */
  importActions(imported: Plan): void;
  /** Makes a warning's suggested moves, together, as one undo step. */
  applyFix(fix: Fix): void;
  setHighlight(highlight: Highlight | null): void;
  setSelection(ids: ActionId[]): void;
  openPanel(panel: Panel | null): void;
  undo(): void;
  redo(): void;
  /** Shows a stored or imported plan; history starts afresh. */
  openPlan(plan: Plan): void;
  setLaneMode(mode: LaneMode): void;
  startDrag(actionId: ActionId): void;
  /** Marks where the note in the air would break no rule. */
  showFits(actionId: ActionId, fits: readonly MonthKey[]): void;
  /** Shows a suggestion's moves on the board, undecided; again with another replaces it. */
  previewSuggestion(suggestion: Suggestion): void;
  /** Keeps the previewed moves, as one undo step. */
  applySuggestion(): void;
  /** Goes back to the plan as it was before the preview. */
  discardSuggestion(): void;
  dragOver(over: Placement | null): void;
  endDrag(): void;
  setSaveState(save: SaveState): void;
  setAccess(access: Access): void;
}

export type AllCommands = PlanCommands &
  SettingsCommands &
  ActionCommands &
  ProjectCommands &
  PeopleCommands &
  BoardViewSlice &
  RoomViewSlice &
  BoardAidsSlice;

export type PlanStore = StoreApi<PlanState & AllCommands>;

/** Back to the plan from before a suggestion on show; false when none is on show. */
function leavePreview(s: Pick<PlanState, 'plan' | 'preview' | 'highlight'>): boolean {
  if (!s.preview) return false;
  s.plan = s.preview.base;
  s.preview = null;
  s.highlight = null;
  return true;
}

export function createPlanStore(initial: Plan): PlanStore {
  return createStore<PlanState & AllCommands>()(
    immer((set, get) => {
      /** The only writer of `plan`: one call is one undo step. */
      const commit = (command: string, recipe: (plan: Draft<Plan>) => void) => {
        if (get().access === 'read-only') return false;
        // A previewed suggestion is applied or discarded before anything else changes.
        if (get().preview) {
          get().setNotice({ text: 'Apply or discard the suggestion first.', canUndo: false });
          return false;
        }
        const before = get().plan;
        const after = produce(before, recipe);
        if (after === before) return false;
        set((s) => {
          pushBounded(s.past, { command, plan: before });
          s.future = [];
          s.plan = after;
        });
        return true;
      };

      const current = () => get().plan;

      return {
        plan: initial,
        access: 'edit',
        openings: 0,
        past: [],
        future: [],
        drag: null,
        laneMode: 'none',
        save: { status: 'idle' },
        highlight: null,
        selection: [],
        panel: null,
        preview: null,

        ...settingsCommands(commit),
        ...actionCommands(commit, current),
        ...projectCommands(commit, current),
        ...peopleCommands(commit, current),
        ...boardViewSlice(set),
        ...boardAidsSlice(set),
        ...roomViewSlice(set),

        moveAction: (id, to) =>
          commit('moveAction', (plan) => {
            const action = plan.actions[id];
            if (!action) return;
            action.month = to.month;
            if (to.lane) assignLane(action, to.lane);
          }),

        importActions: (imported) =>
          commit('importActions', (plan) => {
            addImported(plan as Plan, imported);
          }),

        applyFix: (fix) =>
          commit('applyFix', (plan) => {
            for (const move of fix.moves) {
              const action = plan.actions[move.actionId];
              if (action) action.month = move.month;
            }
          }),

        setHighlight: (highlight) =>
          set((s) => {
            s.highlight = highlight;
          }),

        previewSuggestion: (suggestion) =>
          set((s) => {
            if (s.access === 'read-only') return;
            const base = s.preview?.base ?? s.plan;
            s.preview = { base, suggestion };
            s.plan = produce(base, (plan) => makeMoves(plan as Plan, suggestion.moves));
            s.highlight = {
              key: 'suggestion',
              actionIds: suggestion.moves.map((m) => m.actionId),
              termIds: [],
            };
          }),

        applySuggestion: () =>
          set((s) => {
            if (!s.preview) return;
            if (s.plan !== s.preview.base) {
              pushBounded(s.past, { command: 'applySuggestion', plan: s.preview.base });
              s.future = [];
            }
            s.preview = null;
            s.highlight = null;
          }),

        discardSuggestion: () =>
          set((s) => {
            leavePreview(s);
          }),

        undo: () =>
          set((s) => {
            if (s.access === 'read-only') return;
            // Undo while a suggestion is on show takes the suggestion back.
            if (leavePreview(s)) return;
            const entry = s.past.pop();
            if (!entry) return;
            s.future.push({ command: entry.command, plan: s.plan });
            s.plan = entry.plan;
          }),

        redo: () =>
          set((s) => {
            if (s.access === 'read-only' || s.preview) return;
            const entry = s.future.pop();
            if (!entry) return;
            s.past.push({ command: entry.command, plan: s.plan });
            s.plan = entry.plan;
          }),

        openPlan: (plan) =>
          set((s) => {
            s.plan = plan;
            s.openings += 1;
            s.past = [];
            s.future = [];
            s.drag = null;
            s.selection = [];
            s.panel = null;
            s.preview = null;
          }),

        setSelection: (ids) =>
          set((s) => {
            s.selection = ids;
          }),

        openPanel: (panel) =>
          set((s) => {
            s.panel = panel;
          }),

        setLaneMode: (mode) =>
          set((s) => {
            s.laneMode = mode;
          }),

        startDrag: (actionId) =>
          set((s) => {
            s.drag = { actionId, over: null, fits: null };
          }),

        showFits: (actionId, fits) =>
          set((s) => {
            if (s.drag?.actionId === actionId) s.drag.fits = [...fits];
          }),

        dragOver: (over) =>
          set((s) => {
            if (s.drag) s.drag.over = over;
          }),

        endDrag: () =>
          set((s) => {
            s.drag = null;
          }),

        setSaveState: (save) =>
          set((s) => {
            s.save = save;
          }),

        setAccess: (access) =>
          set((s) => {
            s.access = access;
          }),
      };
    }),
  );
}

import type { Lane, LaneInfo } from '../domain/lanes';
import type { MonthKey } from '../domain/month';

/** What a drop target tells the drag handlers: a month (or the tray) and a lane. */
export interface CellDropData {
  type: 'cell';
  month: MonthKey | null;
  lane?: Lane;
  /** Spoken with the month when lanes are shown. */
  laneLabel?: string;
}

export function isCellDropData(data: unknown): data is CellDropData {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'cell';
}

/** The drop data of one cell: a month in a lane, as the drag handlers and announcements read it. */
export function cellDropData(month: MonthKey, lane: LaneInfo): CellDropData {
  return {
    type: 'cell',
    month,
    lane: lane.lane,
    ...(lane.lane.mode === 'none' ? {} : { laneLabel: lane.label }),
  };
}

export const TRAY_DROP_DATA: CellDropData = { type: 'cell', month: null };

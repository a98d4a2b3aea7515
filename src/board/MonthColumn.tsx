import { memo } from 'react';
import type { LaneInfo } from '../domain/lanes';
import { monthLabel, type MonthKey } from '../domain/month';
import { selectMonthCount } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { LaneCell } from './LaneCell';

interface MonthColumnProps {
  month: MonthKey;
  column: number;
  lanes: LaneInfo[];
  isHoliday: boolean;
}

/** A month of the plan: a region named after it, spanning every lane. */
export const MonthColumn = memo(function MonthColumn({
  month,
  column,
  lanes,
  isHoliday,
}: MonthColumnProps) {
  const count = usePlanStore((s) => selectMonthCount(s.plan, month));
  const headingId = `month-${month}`;
  const [name, year] = monthLabel(month).split(' ');
  const classes = ['month', isHoliday ? 'month--holiday' : ''].join(' ');
  return (
    <section
      aria-labelledby={headingId}
      className={classes}
      style={{ gridColumn: column, gridRow: `2 / span ${lanes.length + 1}` }}
    >
      <h2 id={headingId} className="month-heading">
        {name} <span className="month-year">{year}</span>
        <span className="visually-hidden">
          , {count} {count === 1 ? 'action' : 'actions'}
          {isHoliday ? ', holiday month' : ''}
        </span>
      </h2>
      {lanes.map((lane) => (
        <LaneCell key={lane.key} month={month} lane={lane} />
      ))}
    </section>
  );
});

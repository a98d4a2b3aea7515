import { memo } from 'react';
import type { LaneInfo } from '../domain/lanes';
import { monthLabel, type MonthKey } from '../domain/month';
import { selectBufferMonths, selectMonthCount, selectMonthEvents } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { dayFraction, eventText } from '../domain/month-markers';
import { LaneCell } from './LaneCell';
import { QuickAdd } from './QuickAdd';

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
  const isBuffer = usePlanStore((s) => selectBufferMonths(s.plan).has(month));
  // While a note is in the air, the months where it would break no rule are lightly marked.
  const fits = usePlanStore((s) => s.drag?.fits?.includes(month) ?? false);
  const events = usePlanStore((s) => selectMonthEvents(s.plan, month));
  const review = events.find((e) => e.kind === 'review');
  const headingId = `month-${month}`;
  const [name, year] = monthLabel(month).split(' ');
  const classes = [
    'month',
    isHoliday && 'month--holiday',
    isBuffer && 'month--buffer',
    fits && 'month--fits',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section
      aria-labelledby={headingId}
      className={classes}
      style={{ gridColumn: column, gridRow: `2 / span ${lanes.length + 1}` }}
    >
      <div className="month-head">
        <h2
          id={headingId}
          className="month-heading"
          aria-label={`${monthLabel(month)}, ${count} ${count === 1 ? 'action' : 'actions'}${isHoliday ? ', holiday month' : ''}`}
        >
          {/* Present mode's narrow columns show the short name; the region keeps the whole one. */}
          <span className="month-name">{name}</span>
          <span className="month-name-short">{name?.slice(0, 3)}</span>{' '}
          <span className="month-year">{year}</span>
        </h2>
        {(isBuffer || events.length > 0) && (
          <ul className="month-markers">
            {isBuffer && <li className="month-buffer-label">Keep free before review</li>}
            {events.map((e) => (
              <li key={e.id} className={`month-event month-event--${e.kind}`}>
                {eventText(e)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {review && (
        <div
          className="review-line"
          style={{ left: `${dayFraction(review.date) * 100}%` }}
          aria-hidden="true"
        />
      )}
      {lanes.map((lane, i) => (
        <LaneCell key={lane.key} month={month} lane={lane}>
          {i === lanes.length - 1 && <QuickAdd month={month} place={monthLabel(month)} />}
        </LaneCell>
      ))}
    </section>
  );
});

import { useMemo, useState, type FormEvent } from 'react';
import { englandCalendar } from '../../domain/calendar-templates';
import { COLUMN_ROLE_LABELS, findHeaderRow, guessColumns } from '../../domain/import/columns';
import type { ColumnRole } from '../../domain/import/columns';
import type { KeyEntry } from '../../domain/import/owners';
import {
  inferredSpan,
  planFromSpreadsheet,
  type SpreadsheetChoices,
} from '../../domain/import/spreadsheet-plan';
import { dateOrderOfColumn, type DateOrder } from '../../domain/import/date-order';
import { summaryText } from '../../domain/import/import-summary';
import { isMonthKey, type MonthKey } from '../../domain/month';
import type { Plan } from '../../domain/plan';
import { problemText } from '../../domain/result';
import { useModal } from '../use-modal';
import { ImportTargetField } from './ImportTargetField';
import { OwnerKeyField } from './OwnerKeyField';
import { SheetPreview } from './SheetPreview';

const ROLES = Object.keys(COLUMN_ROLE_LABELS) as ColumnRole[];
const DATE_ORDERS: { value: DateOrder; label: string }[] = [
  { value: 'day-first', label: 'day first: 3/4/27 is 3 April 2027' },
  { value: 'month-first', label: 'month first: 3/4/27 is March 4, 2027' },
];

export type ImportTarget = 'new plan' | 'open plan';

export interface SpreadsheetImportProps {
  fileName: string;
  rows: string[][];
  /** Rows of a key of abbreviations, from pasted text or a second file. */
  readKey: (source: string | File) => Promise<{ rows: string[][] } | string>;
  /** `open plan`: the actions are added to the plan on the board, as one undo step. */
  onImport: (plan: Plan, summary: string, into: ImportTarget) => void;
  onCancel: () => void;
}

/**
 * The mapping step: the first rows as the file has them, a guess of what each column is (the
 * team can change each), how numeric dates read, the plan's span, and what the import will
 * do, before anything is stored.
 */
export function SpreadsheetImportDialog(props: SpreadsheetImportProps) {
  const { fileName, rows } = props;
  const dialog = useModal();
  const [headerRow, setHeaderRow] = useState(() => findHeaderRow(rows));
  const header = rows[headerRow] ?? [];
  const body = useMemo(() => rows.slice(headerRow + 1), [rows, headerRow]);
  const [columns, setColumns] = useState<ColumnRole[]>(() => guessColumns(header, body));
  const [isSequence, setSequence] = useState(false);
  const [key, setKey] = useState<KeyEntry[]>([]);
  const [name, setName] = useState(() => fileName.replace(/\.[^.]+$/, ''));
  const [into, setInto] = useState<ImportTarget>('new plan');

  const timeLineColumn = columns.indexOf('timeLine');
  const columnOrder = useMemo(
    () =>
      timeLineColumn < 0 ? 'none' : dateOrderOfColumn(body.map((r) => r[timeLineColumn] ?? '')),
    [body, timeLineColumn],
  );
  // PRODUCT.md: when the column cannot tell, ask, defaulting to the plan's locale (en-GB).
  const [chosenOrder, setChosenOrder] = useState<DateOrder>('day-first');
  const dateOrder =
    columnOrder === 'day-first' || columnOrder === 'month-first' ? columnOrder : chosenOrder;

  const base = {
    headerRow,
    columns,
    dateOrder,
    numberOrderIsSequence: isSequence,
    calendar: englandCalendar,
  };
  const span = useMemo(
    () => inferredSpan(rows, base),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `base` is rebuilt each render from these
    [rows, headerRow, columns, dateOrder],
  );
  const [start, setStart] = useState<string>('');
  const [length, setLength] = useState<string>('');
  const startMonth = isMonthKey(start) ? start : span?.startMonth;
  const lengthMonths =
    Number(length) >= 1 && Number(length) <= 36 ? Number(length) : span?.lengthMonths;

  const choices: SpreadsheetChoices = {
    ...base,
    key,
    name: name.trim() || 'Imported plan',
    ...(startMonth ? { startMonth: startMonth as MonthKey } : {}),
    ...(lengthMonths ? { lengthMonths } : {}),
  };
  const result = useMemo(
    () => planFromSpreadsheet(rows, choices),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- every input of `choices` is listed
    [rows, headerRow, columns, dateOrder, isSequence, key, name, startMonth, lengthMonths],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (result.ok) props.onImport(result.value.plan, summaryText(result.value.summary), into);
  };

  const setRole = (index: number, role: ColumnRole) =>
    setColumns((current) =>
      current.map((r, i) => {
        if (i === index) return role;
        // Each role but notes and ignore belongs to one column: the one chosen last.
        return r === role && role !== 'notes' && role !== 'ignore' ? 'ignore' : r;
      }),
    );

  return (
    <dialog
      ref={dialog}
      aria-labelledby="import-title"
      className="dialog import-dialog"
      onClose={props.onCancel}
    >
      <form onSubmit={submit}>
        <h2 id="import-title">Import {fileName}</h2>
        <SheetPreview
          header={header}
          rows={body.slice(0, 6)}
          columns={columns}
          roles={ROLES}
          onRole={setRole}
        />
        <div className="import-choices">
          <label>
            The headings are in row
            <input
              type="number"
              min={1}
              max={Math.min(rows.length, 10)}
              value={headerRow + 1}
              onChange={(e) => {
                const row = Math.max(0, Math.min(rows.length - 1, Number(e.target.value) - 1));
                setHeaderRow(row);
                setColumns(guessColumns(rows[row] ?? [], rows.slice(row + 1)));
              }}
            />
          </label>
          {columnOrder !== 'none' && (
            <fieldset className="pdf-choices">
              <legend>
                {columnOrder === 'ambiguous'
                  ? 'Dates such as 3/4/27 in this file could be read either way: which is it?'
                  : 'Dates such as 3/4/27 read with the '}
                {columnOrder !== 'ambiguous' &&
                  (columnOrder === 'day-first'
                    ? 'day first, as the file shows'
                    : 'month first, as the file shows')}
              </legend>
              {columnOrder === 'ambiguous' &&
                DATE_ORDERS.map((o) => (
                  <label key={o.value} className="check">
                    <input
                      type="radio"
                      name="date-order"
                      checked={chosenOrder === o.value}
                      onChange={() => setChosenOrder(o.value)}
                    />
                    {o.label}
                  </label>
                ))}
            </fieldset>
          )}
          <ImportTargetField into={into} onInto={setInto} />
          <label className="check">
            <input
              type="checkbox"
              checked={isSequence}
              onChange={(e) => setSequence(e.target.checked)}
            />
            Number order is sequence order (1.4 comes after 1.3)
          </label>
          <label>
            Plan name
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            Starts in
            <input
              type="month"
              value={start || span?.startMonth || ''}
              onChange={(e) => setStart(e.target.value)}
            />
          </label>
          <label>
            Months
            <input
              type="number"
              min={1}
              max={36}
              value={length || span?.lengthMonths || 12}
              onChange={(e) => setLength(e.target.value)}
            />
          </label>
          <OwnerKeyField readKey={props.readKey} onKey={setKey} />
        </div>
        <p role="status" className="import-summary">
          {result.ok
            ? summaryText(result.value.summary)
            : result.problems.map(problemText).join('; ')}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!result.ok}>
            Import
          </button>
        </div>
      </form>
    </dialog>
  );
}

import { COLUMN_ROLE_LABELS, type ColumnRole } from '../../domain/import/columns';

interface SheetPreviewProps {
  header: readonly string[];
  rows: readonly string[][];
  columns: readonly ColumnRole[];
  roles: readonly ColumnRole[];
  onRole: (column: number, role: ColumnRole) => void;
}

/** The first rows as the file has them, with what each column will become above it. */
export function SheetPreview({ header, rows, columns, roles, onRole }: SheetPreviewProps) {
  return (
    <div className="sheet-preview">
      <table>
        <caption>The first rows of the file, and what each column becomes</caption>
        <thead>
          <tr>
            {header.map((heading, i) => (
              <th key={i} scope="col">
                <label>
                  <span className="sheet-heading">{heading || `Column ${i + 1}`}</span>
                  <select
                    aria-label={`Column ${i + 1}${heading ? ` (${heading})` : ''} becomes`}
                    value={columns[i] ?? 'ignore'}
                    onChange={(e) => onRole(i, e.target.value as ColumnRole)}
                  >
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {COLUMN_ROLE_LABELS[role]}
                      </option>
                    ))}
                  </select>
                </label>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {header.map((_, i) => (
                <td key={i}>{row[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

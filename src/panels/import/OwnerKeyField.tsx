import { useState } from 'react';
import { readOwnerKey, type KeyEntry } from '../../domain/import/owners';
import { problemText } from '../../domain/result';

interface OwnerKeyFieldProps {
  readKey: (source: string | File) => Promise<{ rows: string[][] } | string>;
  onKey: (key: KeyEntry[]) => void;
}

/** An optional key of abbreviations (initials to names), pasted or from a second file. */
export function OwnerKeyField({ readKey, onKey }: OwnerKeyFieldProps) {
  const [message, setMessage] = useState('');

  const read = async (source: string | File) => {
    if (typeof source === 'string' && source.trim() === '') {
      onKey([]);
      return setMessage('');
    }
    const table = await readKey(source);
    if (typeof table === 'string') return setMessage(table);
    const key = readOwnerKey(table.rows);
    if (!key.ok) return setMessage(key.problems.map(problemText).join('; '));
    onKey(key.value);
    const skipped = key.skipped.length > 0 ? `; ${key.skipped.map(problemText).join('; ')}` : '';
    setMessage(`${key.value.length} initials read from the key${skipped}`);
  };

  return (
    <fieldset className="owner-key">
      <legend>Key of abbreviations (optional)</legend>
      <label>
        Paste it (initials, name, role, group?)
        <textarea rows={3} onChange={(e) => void read(e.target.value)} />
      </label>
      <label>
        or choose its file
        <input
          type="file"
          accept=".csv,.tsv,.txt,.xlsx"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void read(file);
          }}
        />
      </label>
      <p role="status">{message}</p>
    </fieldset>
  );
}

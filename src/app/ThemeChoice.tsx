import type { Theme } from '../store/room-view';
import { usePlanStore } from '../store/store-context';

const THEME_NAMES: Record<Theme, string> = {
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

/** The colour theme, for the room the board is shown in; this browser remembers it. */
export function ThemeChoice() {
  const theme = usePlanStore((s) => s.room.theme);
  const setTheme = usePlanStore((s) => s.setTheme);
  return (
    <label className="toolbar-choice">
      Theme
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {Object.entries(THEME_NAMES).map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

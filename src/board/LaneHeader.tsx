/** The name of a lane, kept in view while the board scrolls sideways. */
export function LaneHeader({ label, row }: { label: string; row: number }) {
  return (
    <div className="lane-header" style={{ gridRow: row, gridColumn: 1 }}>
      {label}
    </div>
  );
}

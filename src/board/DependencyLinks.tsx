import './links.css';
import { use, useLayoutEffect, useState } from 'react';
import type { ActionId } from '../domain/ids';
import { usePlanStore } from '../store/store-context';
import { noteElementId } from './note-focus';
import { NotesShownContext } from './notes-shown';

interface Link {
  key: string;
  path: string;
  /** The waiting action is not after the one it waits for. */
  isBroken: boolean;
}

function centre(rect: DOMRect, origin: DOMRect) {
  return { x: rect.left - origin.left, y: rect.top - origin.top };
}

/**
 * A line from each action to every action waiting for it, over the grid, shown on request. Drawn
 * from the notes' places on screen, measured again whenever the plan or the grid's size changes.
 */
export default function DependencyLinks({ grid }: { grid: HTMLElement }) {
  const actions = usePlanStore((s) => s.plan.actions);
  const laneMode = usePlanStore((s) => s.laneMode);
  // Notes still appearing have no place yet: measure again as each step of them is drawn.
  const notesShown = use(NotesShownContext);
  const [links, setLinks] = useState<Link[]>([]);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useLayoutEffect(() => {
    const noteIn = (id: ActionId) => {
      const element = document.getElementById(noteElementId(id));
      return element && grid.contains(element) ? element.getBoundingClientRect() : null;
    };
    const measure = () => {
      const origin = grid.getBoundingClientRect();
      const drawn: Link[] = [];
      for (const action of Object.values(actions)) {
        const to = action.dependsOn.length > 0 ? noteIn(action.id) : null;
        if (!to) continue;
        for (const before of action.dependsOn) {
          const from = noteIn(before);
          if (!from) continue;
          const start = centre(from, origin);
          const end = centre(to, origin);
          const [x1, y1] = [start.x + from.width, start.y + from.height / 2];
          const [x2, y2] = [end.x, end.y + to.height / 2];
          const bend = Math.max(30, Math.abs(x2 - x1) / 2);
          const earlier = actions[before]?.month;
          drawn.push({
            key: `${before}>${action.id}`,
            path: `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`,
            isBroken: !action.month || !earlier || action.month <= earlier,
          });
        }
      }
      setLinks(drawn);
      setSize({ width: grid.scrollWidth, height: grid.scrollHeight });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(grid);
    return () => observer.disconnect();
  }, [actions, laneMode, grid, notesShown]);

  return (
    <svg
      className="dependency-links"
      aria-hidden="true"
      width={size.width}
      height={size.height}
      viewBox={`0 0 ${size.width} ${size.height}`}
    >
      <defs>
        <marker
          id="link-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="context-stroke" />
        </marker>
      </defs>
      {links.map((link) => (
        <path
          key={link.key}
          d={link.path}
          className={link.isBroken ? 'dependency-link dependency-link--broken' : 'dependency-link'}
          markerEnd="url(#link-arrow)"
        />
      ))}
    </svg>
  );
}

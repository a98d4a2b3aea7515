/*
 * The peer for `npm run bench`: the same notes in the same month columns with plain
 * @dnd-kit/core and a DragOverlay, and nothing else (no store, no rules, no saving). Each
 * figure of Termboard is also reported as a ratio to this board's.
 */
import {
  DndContext,
  DragOverlay,
  MouseSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useEffect, useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { generatedPlan } from '../../../src/domain/generated-plan';
import { monthLabel, monthRange, type MonthKey } from '../../../src/domain/month';

interface Note {
  id: string;
  title: string;
  month: MonthKey | null;
}

function Draggable({ note }: { note: Note }) {
  const { attributes, listeners, setNodeRef } = useDraggable({ id: note.id });
  return (
    <div ref={setNodeRef} {...attributes} {...listeners} className="note" aria-label={note.title}>
      {note.title}
    </div>
  );
}

function Month({ month, notes }: { month: MonthKey; notes: Note[] }) {
  const { setNodeRef, isOver } = useDroppable({ id: month });
  return (
    <section
      ref={setNodeRef}
      aria-label={monthLabel(month)}
      className={isOver ? 'month month--over' : 'month'}
    >
      <h2>{monthLabel(month)}</h2>
      {notes.map((n) => (
        <Draggable key={n.id} note={n} />
      ))}
    </section>
  );
}

function PeerBoard({ initial }: { initial: Note[] }) {
  const [notes, setNotes] = useState(initial);
  const [active, setActive] = useState<Note | null>(null);
  const sensors = useSensors(useSensor(MouseSensor, { activationConstraint: { distance: 5 } }));
  const months = monthRange('2026-09', 18);

  useEffect(() => {
    requestAnimationFrame(() => performance.mark('peer:ready'));
  }, []);
  useLayoutEffect(() => {
    requestAnimationFrame(() => performance.mark('peer:drop-drawn'));
  }, [notes]);

  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActive(null);
    if (over)
      setNotes((all) =>
        all.map((n) => (n.id === dragged.id ? { ...n, month: over.id as MonthKey } : n)),
      );
  };

  return (
    <DndContext
      sensors={sensors}
      onDragStart={(e) => setActive(notes.find((n) => n.id === e.active.id) ?? null)}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
    >
      <div className="board">
        {months.map((m) => (
          <Month key={m} month={m} notes={notes.filter((n) => n.month === m)} />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {active ? <div className="note">{active.title}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}

const params = new URLSearchParams(window.location.search);
const plan = generatedPlan(Number(params.get('bench') ?? 300), Number(params.get('seed') ?? 1));
const initial = Object.values(plan.actions).map((a) => ({
  id: a.id,
  title: a.title,
  month: a.month,
}));
createRoot(document.getElementById('root')!).render(<PeerBoard initial={initial} />);

import { lazy, Suspense } from 'react';
import { usePlanStore } from '../store/store-context';

// Each dialog loads the first time it is opened, never at start-up.
const NoteEditor = lazy(() =>
  import('../panels/editing/NoteEditor').then((m) => ({ default: m.NoteEditor })),
);
const MoveToDialog = lazy(() =>
  import('../panels/editing/MoveToDialog').then((m) => ({ default: m.MoveToDialog })),
);
const ProjectsDialog = lazy(() =>
  import('../panels/projects/ProjectsDialog').then((m) => ({ default: m.ProjectsDialog })),
);
const PeopleDialog = lazy(() =>
  import('../panels/people/PeopleDialog').then((m) => ({ default: m.PeopleDialog })),
);
const ReflectionDialog = lazy(() =>
  import('../panels/ReflectionDialog').then((m) => ({ default: m.ReflectionDialog })),
);
const NoteMenu = lazy(() =>
  import('../panels/editing/NoteMenu').then((m) => ({ default: m.NoteMenu })),
);
const ShortcutsDialog = lazy(() =>
  import('../panels/ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);

/** The dialog the store says is open. */
export function PanelHost() {
  const panel = usePlanStore((s) => s.panel);
  const openPanel = usePlanStore((s) => s.openPanel);
  const close = () => openPanel(null);
  if (!panel) return null;
  return (
    <Suspense fallback={null}>
      {panel.kind === 'edit-action' && <NoteEditor key={panel.id} id={panel.id} onClose={close} />}
      {panel.kind === 'move-to' && <MoveToDialog ids={panel.ids} onClose={close} />}
      {panel.kind === 'note-menu' && <NoteMenu key={panel.id} id={panel.id} onClose={close} />}
      {panel.kind === 'projects' && <ProjectsDialog onClose={close} />}
      {panel.kind === 'people' && <PeopleDialog onClose={close} />}
      {panel.kind === 'reflection' && <ReflectionDialog onClose={close} />}
      {panel.kind === 'shortcuts' && <ShortcutsDialog onClose={close} />}
    </Suspense>
  );
}

import { usePlanStore } from '../store/store-context';
import { deferred } from '../ui/deferred';

// Each dialog loads the first time it is opened, never at start-up.
const NoteEditor = deferred(() => import('../panels/editing/NoteEditor').then((m) => m.NoteEditor));
const MoveToDialog = deferred(() =>
  import('../panels/editing/MoveToDialog').then((m) => m.MoveToDialog),
);
const ProjectsDialog = deferred(() =>
  import('../panels/projects/ProjectsDialog').then((m) => m.ProjectsDialog),
);
const PeopleDialog = deferred(() =>
  import('../panels/people/PeopleDialog').then((m) => m.PeopleDialog),
);
const ReflectionDialog = deferred(() =>
  import('../panels/ReflectionDialog').then((m) => m.ReflectionDialog),
);
const NoteMenu = deferred(() => import('../panels/editing/NoteMenu').then((m) => m.NoteMenu));
const ShortcutsDialog = deferred(() =>
  import('../panels/ShortcutsDialog').then((m) => m.ShortcutsDialog),
);

/** The dialog the store says is open. */
export function PanelHost() {
  const panel = usePlanStore((s) => s.panel);
  const openPanel = usePlanStore((s) => s.openPanel);
  const close = () => openPanel(null);
  if (!panel) return null;
  return (
    <>
      {panel.kind === 'edit-action' && <NoteEditor key={panel.id} id={panel.id} onClose={close} />}
      {panel.kind === 'move-to' && <MoveToDialog ids={panel.ids} onClose={close} />}
      {panel.kind === 'note-menu' && <NoteMenu key={panel.id} id={panel.id} onClose={close} />}
      {panel.kind === 'projects' && <ProjectsDialog onClose={close} />}
      {panel.kind === 'people' && <PeopleDialog onClose={close} />}
      {panel.kind === 'reflection' && <ReflectionDialog onClose={close} />}
      {panel.kind === 'shortcuts' && <ShortcutsDialog onClose={close} />}
    </>
  );
}

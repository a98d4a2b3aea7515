import { useModal } from '../use-modal';
import { CalendarSection } from './CalendarSection';
import { CapacitySection } from './CapacitySection';
import { EventsSection } from './EventsSection';
import { PlanSection } from './PlanSection';
import { RulesSection } from './RulesSection';

/** Everything the rules depend on, for this plan. Each change is one undo step. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useModal();
  return (
    <dialog
      ref={dialog}
      aria-labelledby="settings-title"
      className="dialog settings-dialog"
      onClose={onClose}
    >
      <div className="settings-header">
        <h2 id="settings-title">Plan settings</h2>
        <button className="primary" onClick={onClose}>
          Done
        </button>
      </div>
      <PlanSection />
      <CalendarSection />
      <CapacitySection />
      <EventsSection />
      <RulesSection />
    </dialog>
  );
}

import { useState } from 'react';
import type { CalendarTemplateId } from '../../domain/calendar';
import { CALENDAR_TEMPLATES } from '../../domain/calendar-templates';
import { customTerms, type TermDraft } from '../../domain/custom-terms';
import { problemText } from '../../domain/result';
import { usePlanStore, usePlanStoreApi } from '../../store/store-context';
import { CustomTermsField } from '../new-plan/CustomTermsField';

/** Which calendar the plan's terms and months come from; a custom one is the school's own terms. */
export function CalendarSection() {
  const calendar = usePlanStore((s) => s.plan.calendar);
  const setCalendar = usePlanStoreApi().getState().setCalendar;
  const [templateId, setTemplateId] = useState<CalendarTemplateId>(calendar.templateId);
  const [drafts, setDrafts] = useState<TermDraft[]>(() =>
    calendar.terms.map((t) => ({ name: t.name, start: t.start, end: t.end })),
  );
  const [problem, setProblem] = useState('');

  const choose = (id: CalendarTemplateId) => {
    setTemplateId(id);
    if (id !== 'custom') setCalendar({ templateId: id, terms: [] });
  };

  const useTerms = () => {
    const { terms, problems } = customTerms(drafts);
    setProblem(problems.map(problemText).join('; '));
    if (problems.length === 0) setCalendar({ templateId: 'custom', terms });
  };

  return (
    <fieldset className="settings-section">
      <legend>Calendar</legend>
      <div className="field">
        <label htmlFor="settings-calendar">Calendar</label>
        <select
          id="settings-calendar"
          value={templateId}
          onChange={(e) => choose(e.target.value as CalendarTemplateId)}
        >
          {CALENDAR_TEMPLATES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {templateId === 'custom' && (
        <>
          <CustomTermsField terms={drafts} onChange={setDrafts} />
          <button type="button" onClick={useTerms}>
            Use these terms
          </button>
          {problem && (
            <p role="alert" className="field-problem">
              {problem}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}

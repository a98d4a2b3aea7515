import { useShallow } from 'zustand/react/shallow';
import { NOBODY, UNTAGGED } from '../domain/action-filter';
import { compareText } from '../domain/action-order';
import type { PersonId, ProjectId } from '../domain/ids';
import type { Kind, Status } from '../domain/plan';
import { STATUS_MARKS, STATUSES } from '../domain/status-marks';
import { selectFocus, selectTags } from '../store/view-selectors';
import { usePlanStore } from '../store/store-context';

const ANY = '';
// Tags are free text, so a tag's option value carries a prefix no other choice has.
const TAG = '#';
const NO_TAG = 'untagged';

const tagValue = (tag: string | null) =>
  tag === null ? ANY : tag === UNTAGGED ? NO_TAG : TAG + tag;
const tagOf = (value: string) =>
  value === ANY ? null : value === NO_TAG ? UNTAGGED : value.slice(TAG.length);

const orAny = <T extends string>(value: string) => (value === ANY ? null : (value as T));

/** The Find bar's filters, and focus on a project. */
export default function FilterChoices() {
  const filter = usePlanStore((s) => s.view.filter);
  const focus = usePlanStore((s) => selectFocus(s.plan, s.view));
  const projects = usePlanStore(
    useShallow((s) => s.plan.projectOrder.flatMap((id) => s.plan.projects[id] ?? [])),
  );
  const people = usePlanStore(useShallow((s) => Object.values(s.plan.people)));
  const tags = usePlanStore((s) => selectTags(s.plan));
  const setFilter = usePlanStore((s) => s.setFilter);
  const setFocus = usePlanStore((s) => s.setFocus);
  const sortedPeople = [...people].sort((a, b) => compareText(a.name, b.name));
  return (
    <>
      <select
        aria-label="Filter by project"
        value={filter.projectId ?? ANY}
        onChange={(e) => setFilter({ projectId: orAny<ProjectId>(e.target.value) })}
      >
        <option value={ANY}>All projects</option>
        {projects.map((p) => (
          <option key={p.id} value={p.id}>
            {p.code} · {p.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by owner"
        value={filter.ownerId ?? ANY}
        onChange={(e) => setFilter({ ownerId: orAny<PersonId | typeof NOBODY>(e.target.value) })}
      >
        <option value={ANY}>Any owner</option>
        <option value={NOBODY}>No owner</option>
        {sortedPeople.map((p) => (
          <option key={p.id} value={p.id}>
            {p.initials} · {p.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by status"
        value={filter.status ?? ANY}
        onChange={(e) => setFilter({ status: orAny<Status>(e.target.value) })}
      >
        <option value={ANY}>Any status</option>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_MARKS[status].word}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by kind"
        value={filter.kind ?? ANY}
        onChange={(e) => setFilter({ kind: orAny<Kind>(e.target.value) })}
      >
        <option value={ANY}>Any kind</option>
        <option value="process">Process</option>
        <option value="evidence">Evidence</option>
      </select>
      <select
        aria-label="Filter by tag"
        value={tagValue(filter.tag)}
        onChange={(e) => setFilter({ tag: tagOf(e.target.value) })}
      >
        <option value={ANY}>Any tag</option>
        <option value={NO_TAG}>No tag</option>
        {tags.map((tag) => (
          <option key={tag} value={TAG + tag}>
            {tag}
          </option>
        ))}
      </select>
      <label className="find-focus">
        Focus
        <select
          aria-label="Focus on a project"
          value={focus ?? ANY}
          onChange={(e) => setFocus(orAny<ProjectId>(e.target.value))}
        >
          <option value={ANY}>Whole plan</option>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.code} · {p.name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

import { useEffect, useState } from 'react';
import { dateTimeText } from '../../domain/date-text';
import { problemText } from '../../domain/result';
import type { PlanListing, VersionListing } from '../../store/plan-library';
import type { VersionReason } from '../../store/library-schema';
import { usePlanSession } from '../../store/session-context';

const REASONS: Record<VersionReason, string> = {
  saved: 'Saved while editing',
  'before import': 'Before an import replaced it',
  'before migration': 'Before this version of Termboard updated it',
  'before restore': 'Before an earlier version was restored',
  'before delete': 'Before a deletion',
};

/** "Restore an earlier version": the versions kept of one plan, newest first. */
export function VersionsList({
  plan,
  isOpen,
  onBack,
  onRestored,
}: {
  plan: PlanListing;
  isOpen: boolean;
  onBack: () => void;
  onRestored: (message: string) => void;
}) {
  const session = usePlanSession();
  const [versions, setVersions] = useState<VersionListing[] | null>(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    void session?.library.versions(plan.id).then(setVersions);
  }, [session, plan.id]);

  if (!session) return null;

  const restore = async (version: VersionListing) => {
    const restored = await session.library.restoreVersion(plan.id, version.key);
    if (!restored.ok) return setProblem(restored.problems.map(problemText).join('; '));
    if (isOpen) await session.open(plan.id);
    onRestored(
      `"${plan.name}" is back as it was on ${dateTimeText(new Date(version.savedAt))}; the version it replaced is kept.`,
    );
  };

  return (
    <section aria-labelledby="versions-title">
      <h3 id="versions-title">Earlier versions of {plan.name}</h3>
      <button onClick={onBack}>Back to the plans</button>
      {problem && <p role="alert">{problem}</p>}
      {versions?.length === 0 && <p>No earlier version is kept yet.</p>}
      <ul className="versions-list">
        {versions?.map((version) => (
          <li key={version.key}>
            {dateTimeText(new Date(version.savedAt))}: {REASONS[version.reason]}, “{version.name}”,{' '}
            {version.actionCount} {version.actionCount === 1 ? 'action' : 'actions'}{' '}
            <button
              onClick={() => void restore(version)}
              aria-label={`Restore the version of ${dateTimeText(new Date(version.savedAt))}`}
            >
              Restore this version
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

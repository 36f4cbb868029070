import { t } from '@/src/i18n/t';
import type { PendingChange } from '@/src/storage';

export interface PendingListProps {
  /** Each waiting change with its description. */
  items: { change: PendingChange; description: string }[];
  formatWhen: (at: number) => string;
  onCancel: (id: string) => void;
}

/** Every change that is waiting for the delay, soonest first, each with Cancel. */
export function PendingList({ items, formatWhen, onCancel }: PendingListProps) {
  const sorted = [...items].sort((a, b) => a.change.effectiveAt - b.change.effectiveAt);
  return (
    <ul class="pending-list">
      {sorted.map(({ change, description }) => (
        <li key={change.id} data-testid="pending-change">
          <span>
            <strong>{description}</strong> — {t('pendingTakesEffect', formatWhen(change.effectiveAt))}
          </span>
          <button
            type="button"
            onClick={() => onCancel(change.id)}
            aria-label={t('cancelPendingNamed', description)}
          >
            {t('cancel')}
          </button>
        </li>
      ))}
    </ul>
  );
}

import { useRef, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import type { PendingChange } from '@/src/storage';
import { PendingList } from './PendingList';

export interface PendingCardProps {
  items: { change: PendingChange; description: string }[];
  formatWhen: (at: number) => string;
  onCancel: (id: string) => void;
}

/**
 * The changes waiting for the delay. Hidden while there are none; once she cancels one it stays to say so,
 * and keeps the keyboard focus on the card instead of dropping it with the removed button.
 */
export function PendingCard({ items, formatWhen, onCancel }: PendingCardProps) {
  const [cancelled, setCancelled] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  if (items.length === 0 && !cancelled) return null;
  return (
    <section class="card pending-card" aria-labelledby="pending-heading">
      <h2 id="pending-heading" tabIndex={-1} ref={heading}>
        {t('pendingHeading')}
      </h2>
      {items.length > 0 ? (
        <PendingList
          items={items}
          formatWhen={formatWhen}
          onCancel={(id) => {
            setCancelled(true);
            heading.current?.focus();
            onCancel(id);
          }}
        />
      ) : (
        <p class="hint">{t('pendingNone')}</p>
      )}
      <p class="status" role="status" data-testid="pending-status">
        {cancelled ? t('pendingCancelled') : ''}
      </p>
    </section>
  );
}

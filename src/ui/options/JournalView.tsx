import { t } from '@/src/i18n/t';
import type { JournalEntry } from '@/src/storage';

export interface JournalViewProps {
  entries: JournalEntry[];
  formatMoment: (at: number) => string;
  onDelete: (id: string) => void;
}

/** What she wrote instead of sending it, newest first; each entry hers to delete. */
export function JournalView({ entries, formatMoment, onDelete }: JournalViewProps) {
  if (entries.length === 0) return <p class="hint">{t('journalEmpty')}</p>;
  const sorted = [...entries].sort((a, b) => b.at - a.at);
  return (
    <>
      <p class="hint">{t('journalIntro')}</p>
      <ul class="entry-list">
        {sorted.map((entry) => {
          const when = formatMoment(entry.at);
          return (
            <li key={entry.id} data-testid="journal-entry">
              <p class="entry-when">{when}</p>
              <p class="entry-text">{entry.text}</p>
              <button
                type="button"
                class="small"
                onClick={() => onDelete(entry.id)}
                aria-label={t('deleteEntryNamed', when)}
              >
                {t('deleteEntry')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

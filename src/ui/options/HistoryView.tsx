import { useState } from 'preact/hooks';
import type { RecordedEvent } from '@/src/core';
import { t, tCount } from '@/src/i18n/t';
import { changesStreak, historyLine, historyRows } from './history-line';

export interface HistoryViewProps {
  events: RecordedEvent[];
  formatMoment: (at: number) => string;
  formatDay: (day: string) => string;
  onDelete: (event: RecordedEvent) => void;
}

const PAGE = 50;

/**
 * Urges, slips, contact and starts, newest first; each deletable (with a word first when it moves her streak).
 * Urges her other browsers turned back show as a count per day, deleted only there.
 */
export function HistoryView({ events, formatMoment, formatDay, onDelete }: HistoryViewProps) {
  const [shown, setShown] = useState(PAGE);
  const [confirming, setConfirming] = useState<RecordedEvent | null>(null);
  const rows = historyRows(events);
  if (rows.length === 0) return <p class="hint">{t('historyEmpty')}</p>;
  return (
    <>
      <p class="hint">{t('historyIntro')}</p>
      <ul class="entry-list history-list">
        {rows.slice(0, shown).map((row) => {
          if (row.kind === 'elsewhere') {
            return (
              <li key={row.key} data-testid="history-entry" data-type="urge-tally">
                <p class="entry-when">{formatDay(row.day)}</p>
                <p class="entry-text">{tCount('historyUrgeDay', row.count, formatDay(row.day))}</p>
                <p class="hint">{t('historyElsewhere')}</p>
              </li>
            );
          }
          const { event } = row;
          const when = formatMoment(event.at);
          return (
            <li key={row.key} data-testid="history-entry" data-type={event.type}>
              <p class="entry-when">{when}</p>
              <p class="entry-text">{historyLine(event, formatMoment, formatDay)}</p>
              {confirming === event ? (
                <div class="confirm">
                  <p class="warning" role="alert">
                    {t('historyDeleteStreakWarning')}
                  </p>
                  <div class="row">
                    <button
                      type="button"
                      class="small"
                      onClick={() => {
                        setConfirming(null);
                        onDelete(event);
                      }}
                    >
                      {t('historyDeleteConfirm')}
                    </button>
                    <button type="button" class="small" onClick={() => setConfirming(null)}>
                      {t('keep')}
                    </button>
                  </div>
                </div>
              ) : (
                <button
                  type="button"
                  class="small"
                  onClick={() => (changesStreak(event) ? setConfirming(event) : onDelete(event))}
                  aria-label={t('deleteEntryNamed', when)}
                >
                  {t('deleteEntry')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {rows.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('showMore')}
        </button>
      )}
    </>
  );
}

import { useState } from 'preact/hooks';
import type { NoContactEvent } from '@/src/core';
import { t } from '@/src/i18n/t';
import { changesStreak, historyLine, SHOWN } from './history-line';

export interface HistoryViewProps {
  events: NoContactEvent[];
  formatMoment: (at: number) => string;
  formatDay: (day: string) => string;
  onDelete: (event: NoContactEvent) => void;
}

const PAGE = 50;

/** Urges, slips, contact and starts, newest first; each deletable (with a word first when it moves her streak). */
export function HistoryView({ events, formatMoment, formatDay, onDelete }: HistoryViewProps) {
  const [shown, setShown] = useState(PAGE);
  const [confirming, setConfirming] = useState<NoContactEvent | null>(null);
  const list = events.filter((e) => SHOWN.has(e.type)).sort((a, b) => b.at - a.at);
  if (list.length === 0) return <p class="hint">{t('historyEmpty')}</p>;
  return (
    <>
      <p class="hint">{t('historyIntro')}</p>
      <ul class="entry-list history-list">
        {list.slice(0, shown).map((event, i) => {
          const when = formatMoment(event.at);
          return (
            <li key={`${event.type}-${event.at}-${i}`} data-testid="history-entry" data-type={event.type}>
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
      {list.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('showMore')}
        </button>
      )}
    </>
  );
}

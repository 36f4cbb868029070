import { t, tCount } from '@/src/i18n/t';
import { BlockProfile } from './BlockProfile';
import { ContactForm } from './ContactForm';
import { type BlockState, CHART_DAYS, type PopupView, type WarningKind } from './popup-view';
import { StreakRing } from './StreakRing';
import { UrgeChart } from './UrgeChart';
import { Warnings } from './Warnings';
import './popup.css';

export interface PopupPageProps {
  /** Null until the one storage read has answered: the layout is drawn at its final size, the numbers hidden. */
  view: PopupView | null;
  block: BlockState;
  people: readonly { id: string; name: string }[];
  warnings: readonly WarningKind[];
  privateFixInWords: boolean;
  now: number;
  locale?: string;
  optionsUrl: string;
  onOpenOptions: () => void;
  onBlock: (personId: string | undefined) => Promise<boolean>;
  onContacted: (at: number) => Promise<number>;
  onFixWarning: (kind: WarningKind) => void;
}

/** Same shape as real data, drawn invisibly before it arrives, so nothing moves when it does. */
const PENDING_VIEW: PopupView = {
  streak: { startDay: '2000-01-01', startAt: 0, days: 0, hours: 0 },
  goalDays: 14,
  next: { days: 3, remaining: 3, isGoal: false },
  today: { resisted: 0, slips: 0 },
  chart: Array.from({ length: CHART_DAYS }, (_, i) => ({
    day: `2000-01-${String(i + 1).padStart(2, '0')}`,
    resisted: 0,
    slips: 0,
  })),
  bestDays: 0,
  folded: { today: 0, week: 0 },
};

/** The toolbar popup: her streak, today's urges and the last two weeks, and the quick actions. */
export function PopupPage(props: PopupPageProps) {
  const view = props.view ?? PENDING_VIEW;
  const pending = props.view === null;
  return (
    <main class="popup" aria-busy={pending ? 'true' : undefined}>
      <h1 class="visually-hidden">{t('extName')}</h1>
      <div class={pending ? 'popup-stats is-pending' : 'popup-stats'} data-testid="popup-stats">
        <StreakRing streak={view.streak} goalDays={view.goalDays} next={view.next}>
          <p class="urges-today" data-testid="urges-today">
            {tCount('urgesResistedToday', view.today.resisted)}
          </p>
          {/* Her longest run, when it isn't this one: what she has done before, and can do again. Always
              drawn (empty otherwise), so the layout is the same before and after the data arrives. */}
          <p class="best-streak" data-testid="best-streak">
            {view.bestDays > view.streak.days ? tCount('popupBest', view.bestDays) : ''}
          </p>
        </StreakRing>
        <UrgeChart days={view.chart} locale={props.locale} />
        {/* What folding his posts in her feeds spared her; drawn (empty) until there is something to say. */}
        <p class="folded-count" data-testid="folded-count">
          {view.folded.week > 0
            ? t(
                'foldedCounts',
                tCount('foldedToday', view.folded.today),
                tCount('foldedWeek', view.folded.week),
              )
            : ''}
        </p>
      </div>
      <BlockProfile state={props.block} people={props.people} onBlock={props.onBlock} />
      <div class="popup-actions">
        <ContactForm now={props.now} onContacted={props.onContacted} />
        <a
          class="popup-options"
          href={props.optionsUrl}
          onClick={(e) => {
            e.preventDefault();
            props.onOpenOptions();
          }}
        >
          {t('popupOpenOptions')}
        </a>
      </div>
      <Warnings
        warnings={props.warnings}
        privateFixInWords={props.privateFixInWords}
        onFix={props.onFixWarning}
      />
    </main>
  );
}

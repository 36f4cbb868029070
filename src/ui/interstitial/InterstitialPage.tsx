import { useEffect, useRef, useState } from 'preact/hooks';
import type { Moment, Streak } from '@/src/core';
import { t } from '@/src/i18n/t';
import type { CountdownReply, GoThroughReply } from '@/src/messages/replies';
import { PlanText } from '../common/PlanText';
import { StreakCounter } from '../common/StreakCounter';
import { BreatheExercise } from './BreatheExercise';
import { ChangingLine } from './ChangingLine';
import { FriendAction } from './FriendAction';
import { GoThroughAnyway } from './GoThroughAnyway';
import { MOMENT_WORDS } from './moment-words';
import { NextMilestone } from './NextMilestone';
import { SlipQuestion } from './SlipQuestion';
import { UrgeCount } from './UrgeCount';
import { WriteInstead } from './WriteInstead';
import './interstitial.css';

export interface InterstitialPageProps {
  planText: string;
  streak: Streak;
  goalDays: number;
  /** Urges turned back before this visit: today, and in the last seven days. */
  urges: { today: number; week: number };
  /** This visit's line: one of her reasons, a line of her plan, or a reminder. */
  changingLine?: string;
  /** Words for what she was heading for when it is not his profile: a search for him, say. */
  momentLine?: string;
  /** Her label for what caught this, e.g. "Sam — Instagram · @sam.rivers_"; absent when nothing on the list matches any more. */
  caughtLabel?: string;
  friend: { name: string; link: string };
  /** What she was heading for: his profile unless told (a search for him, a way to write to him). */
  moment?: Moment;
  /** Whether to ask, once, about the last time she went through. */
  askAboutSlip: boolean;
  /** What she went through to that last time. */
  slipMoment?: Moment;
  /** Strict mode: no way through to the profile at all. */
  strict: boolean;
  /** Length of the breathing exercise, in seconds. */
  breatheSeconds?: number;
  reducedMotion: boolean;
  journalMaxChars: number;
  optionsUrl: string;
  onOpenOptions: () => void;
  onGoBack: () => void;
  onSaveJournal: (text: string) => Promise<void>;
  onAnswerSlip: (contacted: boolean) => Promise<void>;
  onStartCountdown: () => Promise<CountdownReply>;
  onGoThrough: () => Promise<GoThroughReply>;
}

type Panel = 'breathe' | 'write' | undefined;

/** The page she sees instead of his profile: her plan, her streak, and ways through the urge. */
export function InterstitialPage(props: InterstitialPageProps) {
  const { streak, goalDays, onGoBack } = props;
  const words = MOMENT_WORDS[props.moment ?? 'profile'];
  // About to write to him: the ways through the urge, calling her friend first, come before anything else.
  const friendFirst = props.moment === 'contact';
  const [panel, setPanel] = useState<Panel>();
  // Asked once per visit: after she answers, the card stays to show its kind words.
  const [askAboutSlip] = useState(props.askAboutSlip);
  const goBack = useRef<HTMLButtonElement>(null);
  // The one safe way out is ready for the Enter key (autofocus is unreliable for a page rendered late), without
  // scrolling her streak and plan out of sight on a short window.
  useEffect(() => goBack.current?.focus({ preventScroll: true }), []);
  const toggle = (p: Exclude<Panel, undefined>) => setPanel((open) => (open === p ? undefined : p));
  const friend = (
    <FriendAction friend={props.friend} optionsUrl={props.optionsUrl} onOpenOptions={props.onOpenOptions} />
  );
  const help = (
    <section class="help" aria-labelledby="help-heading">
      <h2 id="help-heading" class="help-heading">
        {t('helpHeading')}
      </h2>
      <div class="actions">
        {friendFirst && friend}
        <button type="button" class="primary" ref={goBack} onClick={onGoBack}>
          {t('goBack')}
        </button>
        {!friendFirst && friend}
        <button
          type="button"
          aria-expanded={panel === 'breathe'}
          aria-controls="help-panel"
          onClick={() => toggle('breathe')}
        >
          {t('breatheOpen')}
        </button>
        <button
          type="button"
          aria-expanded={panel === 'write'}
          aria-controls="help-panel"
          onClick={() => toggle('write')}
        >
          {t('writeOpen')}
        </button>
      </div>
      <div id="help-panel">
        {panel === 'breathe' && (
          <BreatheExercise
            seconds={props.breatheSeconds}
            reducedMotion={props.reducedMotion}
            onGoBack={onGoBack}
          />
        )}
        {panel === 'write' && (
          <WriteInstead onSave={props.onSaveJournal} onGoBack={onGoBack} maxLength={props.journalMaxChars} />
        )}
      </div>
    </section>
  );

  return (
    <main class="interstitial">
      <header class="interstitial-header">
        <h1>{t(words.heading)}</h1>
        {props.momentLine && (
          <p class="moment-line" data-testid="moment-line">
            {props.momentLine}
          </p>
        )}
        <ChangingLine line={props.changingLine} />
      </header>

      {askAboutSlip && (
        <SlipQuestion onAnswer={props.onAnswerSlip} words={MOMENT_WORDS[props.slipMoment ?? 'profile']} />
      )}

      {friendFirst && help}

      <div class="card streak-card">
        <StreakCounter streak={streak} goalDays={goalDays} />
        <NextMilestone days={streak.days} goalDays={goalDays} />
        <UrgeCount today={props.urges.today} week={props.urges.week} />
      </div>

      <section class="card" aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t('yourPlanHeading')}</h2>
        <PlanText text={props.planText} />
      </section>

      {!friendFirst && help}

      {!props.strict && (
        <GoThroughAnyway
          onStartCountdown={props.onStartCountdown}
          onGoThrough={props.onGoThrough}
          words={words}
        />
      )}

      {props.caughtLabel && <p class="caught">{t(words.caught, props.caughtLabel)}</p>}
    </main>
  );
}

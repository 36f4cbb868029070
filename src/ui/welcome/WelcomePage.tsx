import { useRef } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { BackDoorStep, type BackDoorStepProps } from './BackDoorStep';
import { DoneStep, type DoneStepProps } from './DoneStep';
import { FriendStep, type FriendStepProps } from './FriendStep';
import { PlanStep, type PlanStepProps } from './PlanStep';
import { SinceStep, type SinceStepProps } from './SinceStep';
import { Stepper } from './Stepper';
import type { Commit } from './step-commit';
import { WhoStep, type WhoStepProps } from './WhoStep';
import '../options/options.css';
import './welcome.css';

type Data<P> = Omit<P, 'commitRef'>;

export interface WelcomePageProps {
  step: number;
  onStep: (step: number) => void;
  who: Data<WhoStepProps>;
  since: Data<SinceStepProps>;
  plan: Data<PlanStepProps>;
  friend: Data<FriendStepProps>;
  backDoor: BackDoorStepProps;
  done: Omit<DoneStepProps, 'onAddProfiles'>;
}

/** The welcome page: six steps, each saved as she goes, any of them skippable. */
export function WelcomePage(props: WelcomePageProps) {
  const commitRef = useRef<Commit>();
  const { step } = props;
  // A step without fields has nothing to save.
  if (step > 4) commitRef.current = undefined;

  const steps = [
    { title: t('welcomeWhoHeading'), body: () => <WhoStep {...props.who} commitRef={commitRef} /> },
    { title: t('welcomeSinceHeading'), body: () => <SinceStep {...props.since} commitRef={commitRef} /> },
    { title: t('planHeading'), body: () => <PlanStep {...props.plan} commitRef={commitRef} /> },
    { title: t('welcomeFriendHeading'), body: () => <FriendStep {...props.friend} commitRef={commitRef} /> },
    { title: t('welcomeBackDoorHeading'), body: () => <BackDoorStep {...props.backDoor} /> },
    {
      title: t('welcomeDoneHeading'),
      body: () => <DoneStep {...props.done} onAddProfiles={() => props.onStep(1)} />,
    },
  ];
  const current = steps[step - 1] ?? steps[0];

  return (
    <main class="welcome">
      <header class="welcome-header">
        <h1>{t('welcomeHeading')}</h1>
        <p class="hint">{t('welcomeIntro')}</p>
      </header>
      <Stepper step={step} title={current?.title ?? ''} onStep={props.onStep} commitRef={commitRef}>
        <div key={step}>{current?.body()}</div>
      </Stepper>
    </main>
  );
}

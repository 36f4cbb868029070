import type { LocalDay } from '@/src/core';
import { t } from '@/src/i18n/t';
import type { Person } from '@/src/storage';
import { PlanForm, type PlanValues } from './PlanForm';
import { type AddOutcome, ProfileForm } from './ProfileForm';
import { ProfileList } from './ProfileList';
import './options.css';

export interface OptionsPageProps {
  people: Person[];
  plan: PlanValues;
  today: LocalDay;
  onAddProfile: (input: string) => Promise<AddOutcome>;
  onRemoveProfile: (profileId: string) => void;
  onSavePlan: (values: PlanValues) => Promise<void>;
}

export function OptionsPage(props: OptionsPageProps) {
  return (
    <main class="options">
      <h1>{t('extName')}</h1>
      <section class="card" aria-labelledby="profiles-heading">
        <h2 id="profiles-heading">{t('optionsProfilesHeading')}</h2>
        <ProfileForm onAdd={props.onAddProfile} />
        <ProfileList people={props.people} onRemove={props.onRemoveProfile} />
      </section>
      <section class="card" aria-labelledby="plan-section-heading">
        <h2 id="plan-section-heading">{t('planHeading')}</h2>
        <PlanForm initial={props.plan} today={props.today} onSave={props.onSavePlan} />
      </section>
    </main>
  );
}

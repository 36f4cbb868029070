import type { ComponentChildren } from 'preact';
import type { LocalDay, RecordedEvent } from '@/src/core';
import { t } from '@/src/i18n/t';
import type { JournalEntry, PendingChange, Person, Settings } from '@/src/storage';
import { AddPersonForm } from './AddPersonForm';
import { ExportImport, type ExportImportProps } from './ExportImport';
import { FrictionForm } from './FrictionForm';
import { HistoryView } from './HistoryView';
import { JournalView } from './JournalView';
import { OptionsNav } from './OptionsNav';
import { PendingCard } from './PendingCard';
import { PeopleList } from './PeopleList';
import type { PeopleActions } from './PersonCard';
import { PlanForm, type PlanValues } from './PlanForm';
import { type AddOutcome, ProfileForm, type Recognise } from './ProfileForm';
import { ResetForm } from './ResetForm';
import { StatusPanel, type StatusPanelProps } from './StatusPanel';
import { SupportForm, type SupportValues } from './SupportForm';
import { SyncToggle } from './SyncToggle';
import './options.css';

export interface OptionsPageProps extends PeopleActions {
  people: Person[];
  /** Profiles whose hosts the extension may not access, by id (see use-missing-access.ts). */
  missingAccess: ReadonlySet<string>;
  pending: PendingChange[];
  /** Each pending change in words, for the overview. */
  describePending: (change: PendingChange) => string;
  plan: PlanValues;
  support: SupportValues;
  settings: Settings;
  journal: JournalEntry[];
  events: RecordedEvent[];
  today: LocalDay;
  syncEnabled: boolean;
  syncProblem?: string;
  syncNotice?: string;
  status: StatusPanelProps;
  formatWhen: (at: number) => string;
  formatMoment: (at: number) => string;
  formatDay: (day: string) => string;
  recognise: Recognise;
  onAddProfile: (input: string, personId?: string) => Promise<AddOutcome>;
  onAddPerson: (name: string) => Promise<void>;
  onSavePlan: (values: PlanValues) => Promise<void>;
  onSaveSupport: (values: SupportValues) => Promise<void>;
  onSaveSettings: (values: Settings) => Promise<{ pendingAt?: number }>;
  onDeleteJournal: (id: string) => void;
  onDeleteEvent: (event: RecordedEvent) => void;
  onSyncChange: (enabled: boolean) => void;
  onReset: () => Promise<{ pendingAt?: number }>;
  data: Omit<ExportImportProps, 'maxBytes' | 'tooBigMessage'> & { maxBytes: number };
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={id} class="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

export function OptionsPage(props: OptionsPageProps) {
  const sections = [
    { id: 'people', label: t('peopleHeading') },
    { id: 'plan', label: t('planHeading') },
    { id: 'support', label: t('supportHeading') },
    { id: 'protection', label: t('protectionHeading') },
    { id: 'journal', label: t('journalHeading') },
    { id: 'history', label: t('historyHeading') },
    { id: 'data', label: t('dataHeading') },
    { id: 'status', label: t('statusHeading') },
  ];
  const { people, pending, formatWhen } = props;
  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p class="hint">{t('optionsIntro')}</p>
        <p class="options-welcome">
          <a class="button" href="welcome.html">
            {t('welcomeGuideLink')}
          </a>
        </p>
      </header>
      <OptionsNav items={sections} />
      <PendingCard
        items={pending.map((change) => ({ change, description: props.describePending(change) }))}
        formatWhen={formatWhen}
        onCancel={props.onCancelPending}
      />
      <Section id="people" title={t('peopleHeading')}>
        <ProfileForm
          onAdd={props.onAddProfile}
          recognise={props.recognise}
          people={people.map((p) => ({ id: p.id, name: p.name }))}
        />
        <PeopleList
          people={people}
          pending={pending}
          formatWhen={formatWhen}
          onRemoveProfile={props.onRemoveProfile}
          onPauseProfile={props.onPauseProfile}
          onResumeProfile={props.onResumeProfile}
          onRenamePerson={props.onRenamePerson}
          onRemovePerson={props.onRemovePerson}
          onPausePerson={props.onPausePerson}
          onResumePerson={props.onResumePerson}
          onHideFromFeeds={props.onHideFromFeeds}
          onCancelPending={props.onCancelPending}
          onSaveNames={props.onSaveNames}
          missingAccess={props.missingAccess}
          onAllowAccess={props.onAllowAccess}
        />
        <AddPersonForm onAdd={props.onAddPerson} />
      </Section>
      <Section id="plan" title={t('planHeading')}>
        <PlanForm initial={props.plan} today={props.today} onSave={props.onSavePlan} />
      </Section>
      <Section id="support" title={t('supportHeading')}>
        <SupportForm initial={props.support} onSave={props.onSaveSupport} />
      </Section>
      <Section id="protection" title={t('protectionHeading')}>
        <FrictionForm initial={props.settings} onSave={props.onSaveSettings} formatWhen={formatWhen} />
      </Section>
      <Section id="journal" title={t('journalHeading')}>
        <JournalView
          entries={props.journal}
          formatMoment={props.formatMoment}
          onDelete={props.onDeleteJournal}
        />
      </Section>
      <Section id="history" title={t('historyHeading')}>
        <HistoryView
          events={props.events}
          formatMoment={props.formatMoment}
          formatDay={props.formatDay}
          onDelete={props.onDeleteEvent}
        />
      </Section>
      <Section id="data" title={t('dataHeading')}>
        <ExportImport {...props.data} tooBigMessage={t('importTooBig')} />
        <SyncToggle
          enabled={props.syncEnabled}
          problem={props.syncProblem}
          notice={props.syncNotice}
          onChange={props.onSyncChange}
        />
        <ResetForm
          pending={pending.some((c) => c.kind === 'reset')}
          onReset={props.onReset}
          formatWhen={formatWhen}
        />
      </Section>
      <Section id="status" title={t('statusHeading')}>
        <StatusPanel {...props.status} />
      </Section>
    </main>
  );
}

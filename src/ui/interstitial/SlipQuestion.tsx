import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { MOMENT_WORDS, type MomentWords } from './moment-words';

export interface SlipQuestionProps {
  /** Records her answer: contact restarts the streak from the slip; no contact keeps it. */
  onAnswer: (contacted: boolean) => Promise<void>;
  /** Words for what she went through to last time (his profile unless told). */
  words?: MomentWords;
}

/** After going through last time, one calm question: did you contact him? Then kind words either way. */
export function SlipQuestion({ onAnswer, words = MOMENT_WORDS.profile }: SlipQuestionProps) {
  const [answer, setAnswer] = useState<'yes' | 'no' | 'failed'>();
  const [busy, setBusy] = useState(false);

  const answerWith = async (contacted: boolean) => {
    if (busy) return;
    setBusy(true);
    try {
      await onAnswer(contacted);
      setAnswer(contacted ? 'yes' : 'no');
    } catch {
      setAnswer('failed');
    } finally {
      setBusy(false);
    }
  };

  const answered = answer === 'yes' || answer === 'no';
  return (
    <section class="card slip-question" aria-labelledby="slip-heading" data-testid="slip-question">
      <h2 id="slip-heading">{t('slipHeading')}</h2>
      {answered ? (
        <p role="status">{answer === 'yes' ? t('slipThanksYes') : t('slipThanksNo')}</p>
      ) : (
        <>
          <p>{t(words.slipQuestion)}</p>
          {answer === 'failed' && (
            <p class="error" role="alert">
              {t('slipFailed')}
            </p>
          )}
          <div class="panel-actions">
            <button type="button" onClick={() => answerWith(true)}>
              {t('slipYes')}
            </button>
            <button type="button" onClick={() => answerWith(false)}>
              {t('slipNo')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

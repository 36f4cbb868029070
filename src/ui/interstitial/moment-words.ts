import type { Moment } from '@/src/core';

/**
 * The interstitial's words that change with what she was heading for: his profile, a search for him, a way to
 * write to him. Everything else on the page is the same. Base keys of plurals (`…_one`, `…_other`) for tCount.
 */
export interface MomentWords {
  heading: 'interstitialHeading' | 'interstitialHeadingContact';
  caught: 'interstitialCaught' | 'interstitialCaughtContact';
  goThroughOpen: 'goThroughOpen' | 'goThroughOpenContact';
  goThroughHeading: 'goThroughHeading' | 'goThroughHeadingContact';
  goThroughNote: 'goThroughNote' | 'goThroughNoteContact';
  goThroughConfirm: 'goThroughConfirm' | 'goThroughConfirmContact';
  goThroughOpening: 'goThroughOpening' | 'goThroughOpeningContact';
  slipQuestion: 'slipQuestion' | 'slipQuestionContact';
}

const PROFILE: MomentWords = {
  heading: 'interstitialHeading',
  caught: 'interstitialCaught',
  goThroughOpen: 'goThroughOpen',
  goThroughHeading: 'goThroughHeading',
  goThroughNote: 'goThroughNote',
  goThroughConfirm: 'goThroughConfirm',
  goThroughOpening: 'goThroughOpening',
  slipQuestion: 'slipQuestion',
};

export const MOMENT_WORDS: Readonly<Record<Moment, MomentWords>> = {
  profile: PROFILE,
  // A search for him keeps these words; a line of its own under the heading says it was a search.
  search: PROFILE,
  contact: {
    heading: 'interstitialHeadingContact',
    caught: 'interstitialCaughtContact',
    goThroughOpen: 'goThroughOpenContact',
    goThroughHeading: 'goThroughHeadingContact',
    goThroughNote: 'goThroughNoteContact',
    goThroughConfirm: 'goThroughConfirmContact',
    goThroughOpening: 'goThroughOpeningContact',
    slipQuestion: 'slipQuestionContact',
  },
};

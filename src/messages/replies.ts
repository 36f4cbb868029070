/** The background's replies to the interstitial's messages: one definition for both sides. */

export type CountdownReply =
  | { ok: true; readyAt: number; seconds: number }
  | { ok: false; reason: 'strict' | 'not-blocked' };

export type GoThroughReply =
  | { ok: true; minutes: number }
  | { ok: false; reason: 'strict' | 'not-blocked' | 'too-soon' };

/**
 * The background's replies to the interstitial's messages (see src/background/go-through.ts, which the UI
 * may not import). Kept in step with it by hand; the wiring checks the shape before trusting it.
 */

export type CountdownReply =
  | { ok: true; readyAt: number; seconds: number }
  | { ok: false; reason: 'strict' | 'not-blocked' };

export type GoThroughReply =
  | { ok: true; minutes: number }
  | { ok: false; reason: 'strict' | 'not-blocked' | 'too-soon' };

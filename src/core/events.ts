/** Epoch milliseconds. */
export type Millis = number;

/** A local calendar day, `YYYY-MM-DD`. */
export type LocalDay = string;

/**
 * What she was heading for when she was caught: his profile (or a page on her list), a search for him, or a
 * way to write to him (a chat, a compose window, his number). Events leave out `profile`, the usual case.
 */
export type Moment = 'profile' | 'search' | 'contact';

/**
 * What happened, as it happened. Streaks, counts and charts are derived from these;
 * nothing is stored as a running counter.
 */
export type NoContactEvent =
  /** Intercepted on the way to a blocked profile. `key` is the target key that caught it. */
  | { type: 'urge'; at: Millis; key?: string; visit?: string; moment?: Exclude<Moment, 'profile'> }
  /** Went through to the profile anyway. */
  | { type: 'slip'; at: Millis; key?: string; visit?: string; moment?: Exclude<Moment, 'profile'> }
  /** She says she contacted him, at the time she gives. */
  | { type: 'contact'; at: Millis }
  /**
   * "No contact since" was set or changed to `since`. `install`: recorded by the extension at install (or reset),
   * her install day standing in until she sets one; it never overrides a day she set (see `countingStarts`).
   */
  | { type: 'start'; at: Millis; since: LocalDay; install?: true }
  /** The extension was not running between `from` and `to` (browser closed, extension disabled). */
  | { type: 'gap'; at: Millis; from: Millis; to: Millis }
  /** The clock was seen to jump backward from `from` to `at`. */
  | { type: 'clock-back'; at: Millis; from: Millis }
  /** A milestone notification was shown for a streak of `days` that started at `streakStart`. */
  | { type: 'milestone'; at: Millis; days: number; streakStart: Millis }
  /**
   * Urges older than the retention window, compacted into a count per local day and moment. `count` is the urges
   * turned back that day; urges she went through with are represented by their `slip`, which is kept.
   */
  | { type: 'urge-day'; at: Millis; day: LocalDay; count: number; moment?: Exclude<Moment, 'profile'> }
  /**
   * Urges turned back on another of her browsers, as that browser last counted them at `at`: one count per local
   * day from `from` (`counts[i]` on the i-th day), per moment (`counts` for his profiles). Sync carries these
   * instead of each urge; the browser it names (see `ownerOf`) is the only one that writes it.
   */
  /**
   * Reminders of him folded away in her feeds on one local day (his posts, stories, comments, mentions), as
   * this browser counted them by `at`: one event per day, its count raised as more are folded. Local only.
   */
  | { type: 'folded-day'; at: Millis; day: LocalDay; count: number }
  | {
      type: 'urge-tally';
      at: Millis;
      from: LocalDay;
      counts: number[];
      search?: number[];
      contact?: number[];
    };

export type NoContactEventType = NoContactEvent['type'];

/**
 * An event's identity, the same on every browser that has it: a letter for its type, its time in base 36 and,
 * for events recorded from now on, the tag of the browser it belongs to (see event-ids.ts).
 */
export type EventId = string;

/** An event as her record keeps it: with its identity. */
export type RecordedEvent = NoContactEvent & { id: EventId };

/** The event variant with the given `type`. */
export type EventOf<T extends NoContactEventType> = Extract<NoContactEvent, { type: T }>;

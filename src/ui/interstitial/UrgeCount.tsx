import { tCount } from '@/src/i18n/t';

export interface UrgeCountProps {
  /** Urges turned back today before this visit. */
  today: number;
  /** Urges turned back in the last seven days before this visit. */
  week: number;
}

/** How often she has already turned back: proof she can do it again. Nothing when there is nothing yet. */
export function UrgeCount({ today, week }: UrgeCountProps) {
  if (today === 0 && week === 0) return null;
  return (
    <ul class="urge-count" data-testid="urge-count">
      {today > 0 && <li>{tCount('urgesToday', today)}</li>}
      <li>{tCount('urgesWeek', week)}</li>
    </ul>
  );
}

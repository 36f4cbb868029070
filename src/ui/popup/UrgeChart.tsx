import type { DayUrges } from '@/src/core';
import { t, tCount } from '@/src/i18n/t';

export interface UrgeChartProps {
  /** One entry per local day, oldest first, ending today. */
  days: readonly DayUrges[];
  /** For day names in her language. */
  locale?: string;
}

const WIDTH = 280;
const HEIGHT = 64;
const TOP = 10; // room for the marks of the days she opened his profile
const BAR_GAP = 4;

const searchesOf = (d: DayUrges) => d.resistedBy?.search ?? 0;

function dayName(day: string, locale: string | undefined): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}

/**
 * Urges resisted per day as bars; a dot above a day when she opened his profile anyway. The picture is one
 * image with a spoken summary; the numbers behind it are in a table for screen readers.
 */
export function UrgeChart({ days, locale }: UrgeChartProps) {
  const resisted = days.reduce((n, d) => n + d.resisted, 0);
  const opened = days.reduce((n, d) => n + d.slips, 0);
  const searches = days.reduce((n, d) => n + searchesOf(d), 0);
  const summary = [
    tCount('chartSummary', resisted),
    searches > 0 ? tCount('chartSummarySearches', searches) : '',
    opened > 0 ? tCount('chartSummaryOpened', opened) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const max = Math.max(1, ...days.map((d) => d.resisted));
  const slot = WIDTH / Math.max(1, days.length);
  const barWidth = slot - BAR_GAP;
  const plot = HEIGHT - TOP;
  return (
    <figure class="urge-chart">
      <figcaption class="urge-chart-heading">{t('chartHeading')}</figcaption>
      <svg
        class="urge-chart-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
        data-testid="urge-chart"
      >
        {days.map((d, i) => {
          const h = d.resisted === 0 ? 0 : Math.max(3, (d.resisted / max) * (plot - 2));
          // The searches for him are the top of the bar, in their own shade.
          const hs = h === 0 ? 0 : (searchesOf(d) / d.resisted) * h;
          const x = i * slot + BAR_GAP / 2;
          return (
            <g
              key={d.day}
              data-day={d.day}
              data-resisted={d.resisted}
              data-searches={searchesOf(d)}
              data-slips={d.slips}
            >
              {h === 0 && <rect class="chart-tick" x={x} y={HEIGHT - 2} width={barWidth} height={2} rx={1} />}
              {h > 0 && (
                <rect
                  class={i === days.length - 1 ? 'chart-bar chart-bar-today' : 'chart-bar'}
                  x={x}
                  y={HEIGHT - h}
                  width={barWidth}
                  height={h}
                  rx={2}
                />
              )}
              {hs > 0 && (
                <rect class="chart-bar-search" x={x} y={HEIGHT - h} width={barWidth} height={hs} rx={2} />
              )}
              {d.slips > 0 && (
                <circle
                  class="chart-slip"
                  data-testid="chart-slip"
                  cx={x + barWidth / 2}
                  cy={Math.max(TOP / 2, HEIGHT - h - 7)}
                  r={3.5}
                />
              )}
            </g>
          );
        })}
      </svg>
      <div class="urge-chart-axis" aria-hidden="true">
        <span>{t('chartStart')}</span>
        {searches > 0 && (
          <span class="chart-legend">
            <span class="chart-legend-search" /> {t('chartSearches')}
          </span>
        )}
        {opened > 0 && (
          <span class="chart-legend">
            <span class="chart-legend-dot" /> {t('chartOpened')}
          </span>
        )}
        <span>{t('chartToday')}</span>
      </div>
      <table class="visually-hidden">
        <caption>{summary}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chartDay')}</th>
            <th scope="col">{t('chartResisted')}</th>
            <th scope="col">{t('chartSearches')}</th>
            <th scope="col">{t('chartOpened')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{dayName(d.day, locale)}</th>
              <td>{d.resisted}</td>
              <td>{searchesOf(d)}</td>
              <td>{d.slips}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { DayUrges } from '@/src/core';
import { UrgeChart } from './UrgeChart';

function days(values: [number, number][]): DayUrges[] {
  return values.map(([resisted, slips], i) => ({
    day: `2026-03-${String(i + 1).padStart(2, '0')}`,
    resisted,
    slips,
  }));
}

const fourteen = days([
  [0, 0],
  [2, 0],
  [0, 0],
  [1, 1],
  [0, 0],
  [0, 0],
  [4, 0],
  [0, 0],
  [0, 0],
  [1, 0],
  [0, 0],
  [0, 0],
  [0, 2],
  [3, 0],
]);

describe('UrgeChart', () => {
  it('is one picture with a spoken summary, slips included', () => {
    render(<UrgeChart days={fourteen} locale="en" />);
    const chart = screen.getByRole('img', {
      name: '11 urges resisted in the last 14 days. Opened his profile 3 times.',
    });
    expect(chart.tagName.toLowerCase()).toBe('svg');
  });

  it('draws a bar for each day with urges, scaled to the busiest day, and marks the days she opened his profile', () => {
    const { container } = render(<UrgeChart days={fourteen} locale="en" />);
    const bars = [...container.querySelectorAll('rect.chart-bar')];
    expect(bars).toHaveLength(5);
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    expect(Math.max(...heights)).toBe(heights[2]); // the day with 4
    expect(container.querySelectorAll('[data-day]')).toHaveLength(14);
    expect(screen.getAllByTestId('chart-slip')).toHaveLength(2);
    expect(screen.getByText('Opened his profile', { selector: '.chart-legend' })).toBeTruthy();
  });

  it('has the numbers in a table for screen readers', () => {
    render(<UrgeChart days={fourteen} locale="en" />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(15);
    // Day, resisted, of which searches, opened.
    expect(rows[14]?.textContent).toBe('Sat, Mar 14300');
  });

  it('shows the searches for him as the top of each day’s bar, and says how many there were', () => {
    const withSearches = fourteen.map((d, i) => (i === 13 ? { ...d, resistedBy: { search: 2 } } : d));
    const { container } = render(<UrgeChart days={withSearches} locale="en" />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('2 of them were searches for him.');
    expect(container.querySelectorAll('rect.chart-bar-search')).toHaveLength(1);
    expect(container.querySelector('[data-day="2026-03-14"]')?.getAttribute('data-searches')).toBe('2');
    expect(screen.getByText('Searches', { selector: '.chart-legend *, .chart-legend' })).toBeTruthy();
  });

  it('says nothing about slips when there were none, and draws no bars on a quiet fortnight', () => {
    const { container } = render(<UrgeChart days={days(Array(14).fill([0, 0]))} locale="en" />);
    expect(screen.getByRole('img', { name: '0 urges resisted in the last 14 days.' })).toBeTruthy();
    expect(container.querySelectorAll('rect.chart-bar')).toHaveLength(0);
    expect(container.querySelector('.chart-legend')).toBeNull();
  });
});

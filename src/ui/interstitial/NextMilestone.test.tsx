import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NextMilestone } from './NextMilestone';

const text = () => screen.getByTestId('next-milestone').textContent;

describe('NextMilestone', () => {
  it('names the next milestone in words', () => {
    render(<NextMilestone days={11} goalDays={60} />);
    expect(text()).toBe('3 more days to two weeks');
  });

  it('says "day" for one day to go', () => {
    render(<NextMilestone days={6} goalDays={60} />);
    expect(text()).toBe('1 more day to one week');
  });

  it('names her own goal when it comes first', () => {
    render(<NextMilestone days={8} goalDays={10} />);
    expect(text()).toBe('2 more days to your goal of 10 days');
  });

  it('counts in years after the first year', () => {
    render(<NextMilestone days={400} goalDays={14} />);
    expect(text()).toBe('330 more days to 2 years');
  });
});

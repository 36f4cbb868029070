import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SlipQuestion } from './SlipQuestion';

describe('SlipQuestion', () => {
  it('asks calmly whether she contacted him', () => {
    render(<SlipQuestion onAnswer={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'About last time' })).toBeTruthy();
    expect(screen.getByText(/Did you contact him\?/)).toBeTruthy();
  });

  it('"Yes" records contact and answers with kind words', async () => {
    const onAnswer = vi.fn().mockResolvedValue(undefined);
    render(<SlipQuestion onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, I did' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Thank you for being honest/);
    expect(onAnswer).toHaveBeenCalledWith(true);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('"No" keeps the streak', async () => {
    const onAnswer = vi.fn().mockResolvedValue(undefined);
    render(<SlipQuestion onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: "No, I didn't" }));
    expect((await screen.findByRole('status')).textContent).toBe('Good. Your streak keeps going.');
    expect(onAnswer).toHaveBeenCalledWith(false);
  });

  it('asks again when her answer could not be saved', async () => {
    render(<SlipQuestion onAnswer={vi.fn().mockRejectedValue(new Error('x'))} />);
    fireEvent.click(screen.getByRole('button', { name: "No, I didn't" }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/couldn't be saved/);
    expect(screen.getByRole('button', { name: "No, I didn't" })).toBeTruthy();
  });
});

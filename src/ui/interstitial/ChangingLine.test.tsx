import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ChangingLine } from './ChangingLine';

describe('ChangingLine', () => {
  it('shows her line as text, never as markup', () => {
    const { container } = render(<ChangingLine line={'<b onclick="x()">He never listened.</b>'} />);
    expect(screen.getByTestId('changing-line').textContent).toBe('<b onclick="x()">He never listened.</b>');
    expect(container.querySelector('b')).toBeNull();
  });

  it('shows nothing without a line', () => {
    const { container } = render(<ChangingLine />);
    expect(container.innerHTML).toBe('');
  });
});

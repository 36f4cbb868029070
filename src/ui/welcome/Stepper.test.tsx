import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useRef, useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { Stepper } from './Stepper';
import type { Commit } from './step-commit';

function Harness({ commit, start = 1 }: { commit?: Commit; start?: number }) {
  const [step, setStep] = useState(start);
  const commitRef = useRef<Commit | undefined>(commit);
  return (
    <Stepper step={step} title={`Title ${step}`} onStep={setStep} commitRef={commitRef}>
      <label for="f">Field</label>
      <input id="f" />
      <form>
        <label for="g">In a form</label>
        <input id="g" />
      </form>
    </Stepper>
  );
}

const heading = () => screen.getByRole('heading', { level: 2 });

describe('Stepper', () => {
  it('shows where she is, and moves the focus to the next step heading after saving', async () => {
    const commit = vi.fn().mockResolvedValue(true);
    render(<Harness commit={commit} />);
    expect(screen.getByText('Step 1 of 6')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    expect(document.activeElement).not.toBe(heading());
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(heading().textContent).toBe('Title 2'));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Step 2 of 6')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading().textContent).toBe('Title 1'));
  });

  it('stays on the step when its fields need her attention', async () => {
    const commit = vi.fn().mockResolvedValue(false);
    render(<Harness commit={commit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(commit).toHaveBeenCalled());
    expect(heading().textContent).toBe('Title 1');
  });

  it('skips to the last step whatever the fields say, saving what it can', async () => {
    const commit = vi.fn().mockResolvedValue(false);
    render(<Harness commit={commit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(heading().textContent).toBe('Title 6'));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Skip for now' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Back' })).toBeTruthy();
  });

  it('takes Enter in a field as Next, but leaves Enter in a form of its own alone', async () => {
    render(<Harness />);
    fireEvent.keyDown(screen.getByLabelText('In a form'), { key: 'Enter' });
    expect(heading().textContent).toBe('Title 1');
    fireEvent.keyDown(screen.getByLabelText('Field'), { key: 'Enter' });
    await waitFor(() => expect(heading().textContent).toBe('Title 2'));
  });
});

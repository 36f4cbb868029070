import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { WriteInstead } from './WriteInstead';

const box = () => screen.getByLabelText('What you want to say to him') as HTMLTextAreaElement;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Keep it in my journal' }));

describe('WriteInstead', () => {
  it('is ready to type into, and says the words stay with her', () => {
    render(<WriteInstead onSave={vi.fn()} onGoBack={vi.fn()} maxLength={20000} />);
    expect(document.activeElement).toBe(box());
    expect(box().maxLength).toBe(20000);
    expect(screen.getByText(/never sent/)).toBeTruthy();
  });

  it('keeps what she wrote, line breaks and all, then offers the way back', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const onGoBack = vi.fn();
    render(<WriteInstead onSave={onSave} onGoBack={onGoBack} maxLength={20000} />);
    fireEvent.input(box(), { target: { value: 'I still think of you.\nBut not tonight.' } });
    save();

    expect((await screen.findByRole('status')).textContent).toBe(
      "Kept in your journal. It wasn't sent to anyone.",
    );
    expect(onSave).toHaveBeenCalledWith('I still think of you.\nBut not tonight.');
    expect(box().value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(onGoBack).toHaveBeenCalledOnce();
  });

  it('keeps nothing when the box is empty, and says so kindly', () => {
    const onSave = vi.fn();
    render(<WriteInstead onSave={onSave} onGoBack={vi.fn()} maxLength={20000} />);
    fireEvent.input(box(), { target: { value: '   ' } });
    save();
    expect(screen.getByRole('alert').textContent).toMatch(/nothing to keep yet/);
    expect(box().getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps her words in the box when saving fails', async () => {
    const onSave = vi.fn().mockRejectedValue(new Error('quota'));
    render(<WriteInstead onSave={onSave} onGoBack={vi.fn()} maxLength={20000} />);
    fireEvent.input(box(), { target: { value: 'Words' } });
    save();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/couldn't be saved/));
    expect(box().value).toBe('Words');
  });
});

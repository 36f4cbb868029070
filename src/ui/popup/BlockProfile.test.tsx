import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BlockProfile } from './BlockProfile';
import type { BlockState } from './popup-view';

const profile: BlockState = {
  kind: 'profile',
  target: { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' },
  url: 'https://www.instagram.com/sam.rivers_/',
  label: 'Instagram · @sam.rivers_',
};
const one = [{ id: 'p1', name: 'Him' }];

describe('BlockProfile', () => {
  it('offers the profile she is on and adds it in one click', async () => {
    const onBlock = vi.fn().mockResolvedValue(true);
    render(<BlockProfile state={profile} people={one} onBlock={onBlock} />);
    const button = screen.getByRole('button', { name: 'Block this profile Instagram · @sam.rivers_' });
    expect(screen.queryByRole('combobox')).toBeNull();
    fireEvent.click(button);
    expect(onBlock).toHaveBeenCalledWith(undefined);
    expect((await screen.findByRole('status')).textContent).toBe('Blocked: Instagram · @sam.rivers_');
  });

  it('lets her choose whose profile it is when there are several people', async () => {
    const onBlock = vi.fn().mockResolvedValue(true);
    const people = [
      { id: 'p1', name: 'Him' },
      { id: 'p2', name: 'Alex' },
    ];
    render(<BlockProfile state={profile} people={people} onBlock={onBlock} />);
    fireEvent.change(screen.getByLabelText('Add to'), { target: { value: 'p2' } });
    fireEvent.click(screen.getByRole('button', { name: /Block this profile/ }));
    expect(onBlock).toHaveBeenCalledWith('p2');
    await screen.findByRole('status');
  });

  it('says so when the profile could not be added, and keeps the button', async () => {
    render(<BlockProfile state={profile} people={one} onBlock={vi.fn().mockResolvedValue(false)} />);
    fireEvent.click(screen.getByRole('button', { name: /Block this profile/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/didn't work/);
    expect(screen.getByRole('button', { name: /Block this profile/ })).toBeTruthy();
  });

  it('on a page that is not a profile, shows a disabled button saying why', () => {
    render(<BlockProfile state={{ kind: 'not-profile' }} people={one} onBlock={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Block this profile' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe('block-why');
    expect(screen.getByText('Open his profile page to block it from here.')).toBeTruthy();
  });

  it('while the tab is looked up, keeps the same shape without saying anything yet', () => {
    const { container } = render(<BlockProfile state={{ kind: 'loading' }} people={one} onBlock={vi.fn()} />);
    expect(container.querySelector('.block-why')?.classList.contains('is-pending')).toBe(true);
  });

  it('says when the profile is already on her list', () => {
    render(
      <BlockProfile state={{ kind: 'listed', label: 'X · @sam_rivers' }} people={one} onBlock={vi.fn()} />,
    );
    expect(screen.getByRole('status').textContent).toBe('X · @sam_rivers is already on your list.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

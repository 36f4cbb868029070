import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FriendAction } from './FriendAction';

const optionsUrl = 'chrome-extension://id/options.html';

describe('FriendAction', () => {
  it('offers to call and message her friend by name', () => {
    render(
      <FriendAction
        friend={{ name: 'Ana', link: '+34 600 112 233' }}
        optionsUrl={optionsUrl}
        onOpenOptions={vi.fn()}
      />,
    );
    expect(screen.getByRole('link', { name: 'Call Ana' }).getAttribute('href')).toBe('tel:+34600112233');
    expect(screen.getByRole('link', { name: 'Message Ana' }).getAttribute('href')).toBe('sms:+34600112233');
  });

  it('opens a web link in a new tab, without passing anything along', () => {
    render(
      <FriendAction
        friend={{ name: '', link: 'https://wa.me/1555' }}
        optionsUrl={optionsUrl}
        onOpenOptions={vi.fn()}
      />,
    );
    const link = screen.getByRole('link', { name: 'Message your friend' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('hides the action and hints at settings when no friend is set', () => {
    const onOpenOptions = vi.fn();
    render(
      <FriendAction
        friend={{ name: 'Ana', link: '' }}
        optionsUrl={optionsUrl}
        onOpenOptions={onOpenOptions}
      />,
    );
    expect(screen.queryByRole('link', { name: /Call|Message/ })).toBeNull();
    expect(screen.getByText(/Add a friend's number in settings/)).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Open settings' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('never turns a script link into an action', () => {
    render(
      <FriendAction
        friend={{ name: 'Ana', link: 'javascript:alert(1)' }}
        optionsUrl={optionsUrl}
        onOpenOptions={vi.fn()}
      />,
    );
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.getByRole('link', { name: 'Open settings' })).toBeTruthy();
  });
});

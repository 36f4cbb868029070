import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BackDoorStep, type BackDoorStepProps } from './BackDoorStep';

function props(overrides: Partial<BackDoorStepProps> = {}): BackDoorStepProps {
  return {
    status: { privateAllowed: false },
    firefox: false,
    onOpenExtensionPage: vi.fn(),
    onAllowHostAccess: vi.fn().mockResolvedValue(undefined),
    onRecheck: vi.fn().mockResolvedValue(undefined),
    ...overrides,
  };
}

describe('BackDoorStep', () => {
  it("gives Chrome's exact steps for private windows and opens the extension's page", () => {
    const p = props();
    render(<BackDoorStep {...p} />);
    expect(screen.getByTestId('status-private').textContent).toMatch(
      /Details → turn on “Allow in Incognito”/,
    );
    fireEvent.click(screen.getByRole('button', { name: "Open the extension's page" }));
    expect(p.onOpenExtensionPage).toHaveBeenCalled();
  });

  it("gives Firefox's steps in words, and asks for site access when it is missing", () => {
    const p = props({ firefox: true, status: { privateAllowed: false, hostAccess: false } });
    render(<BackDoorStep {...p} />);
    expect(screen.getByTestId('status-private').textContent).toMatch(/Run in Private Windows → Allow/);
    expect(screen.getByTestId('status-host-access').textContent).toMatch(/can't reach the social sites/);
    expect(screen.queryByRole('button', { name: "Open the extension's page" })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Allow access' }));
    expect(p.onAllowHostAccess).toHaveBeenCalled();
  });

  it('says when the door is closed', () => {
    render(<BackDoorStep {...props({ status: { privateAllowed: true } })} />);
    expect(screen.getByTestId('status-private').textContent).toMatch(/Runs in private windows: yes/);
    expect(screen.queryByRole('button', { name: "Open the extension's page" })).toBeNull();
  });

  it('checks again on request and says so', async () => {
    const p = props();
    render(<BackDoorStep {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect((await screen.findByText('Checked.')).getAttribute('role')).toBe('status');
    expect(p.onRecheck).toHaveBeenCalledTimes(1);
  });
});

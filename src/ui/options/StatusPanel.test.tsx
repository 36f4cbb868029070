import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StatusPanel } from './StatusPanel';

describe('StatusPanel', () => {
  it('gives the steps to allow private windows in Chrome', () => {
    render(<StatusPanel privateAllowed={false} firefox={false} />);
    expect(screen.getByTestId('status-private').textContent).toMatch(/Allow in Incognito/);
    expect(screen.queryByTestId('status-host-access')).toBeNull();
  });

  it('tells Firefox users when site access was turned off', () => {
    render(<StatusPanel privateAllowed={true} hostAccess={false} firefox={true} />);
    expect(screen.getByTestId('status-private').textContent).toMatch(/yes/);
    expect(screen.getByTestId('status-host-access').textContent).toMatch(/Permissions/);
  });
});

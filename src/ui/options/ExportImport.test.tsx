import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ExportImport } from './ExportImport';

const preview = {
  newPeople: ['Jo'],
  addedProfiles: 2,
  alreadyListed: 1,
  keptProfiles: 3,
  planChanges: true,
  settingsNow: { strict: true },
  settingsLater: { countdownSeconds: 5 },
  eventsAdded: 4,
  journalAdded: 1,
};

function setup(overrides: Partial<Parameters<typeof ExportImport>[0]> = {}) {
  const props = {
    onExport: vi.fn().mockResolvedValue({ filename: 'no-contact-2026-11-25.json', text: '{}' }),
    download: vi.fn(),
    onCheck: vi.fn().mockResolvedValue({ ok: true, preview }),
    onImport: vi.fn().mockResolvedValue(undefined),
    maxBytes: 100,
    tooBigMessage: 'Too big.',
    ...overrides,
  };
  render(<ExportImport {...props} />);
  return props;
}

function choose(content: string) {
  const input = screen.getByLabelText('Import from a file') as HTMLInputElement;
  const file = new File([content], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  return input;
}

describe('ExportImport', () => {
  it('exports to a named file', async () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export to a file' }));
    await waitFor(() => expect(props.download).toHaveBeenCalledWith('no-contact-2026-11-25.json', '{}'));
  });

  it('previews an import and applies it only when confirmed', async () => {
    const props = setup();
    choose('{"format":"no-contact"}');
    const list = await screen.findByTestId('import-preview');
    expect(list.textContent).toContain('2 profiles will be added.');
    expect(list.textContent).toContain('1 profile is already on your list.');
    expect(list.textContent).toContain('3 profiles of yours are not in the file: they stay on your list.');
    expect(list.textContent).toContain('Waits like any other loosening: countdown 5 s.');
    expect(props.onImport).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(props.onImport).toHaveBeenCalled());
    expect((await screen.findByTestId('import-status')).textContent).toBe('Imported.');
  });

  it('shows a refused file as an error next to the field', async () => {
    const props = setup({ onCheck: vi.fn().mockResolvedValue({ ok: false, error: 'Not an export.' }) });
    const input = choose('nope');
    expect((await screen.findByRole('alert')).textContent).toBe('Not an export.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(props.onImport).not.toHaveBeenCalled();
  });

  it('refuses a file over the limit without reading it', async () => {
    const props = setup();
    choose('x'.repeat(101));
    expect((await screen.findByRole('alert')).textContent).toBe('Too big.');
    expect(props.onCheck).not.toHaveBeenCalled();
  });
});

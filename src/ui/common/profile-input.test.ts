import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPeople } from '@/src/storage';
import { addFromInput, recognise } from './profile-input';

const stored = async () => (await readPeople()).flatMap((p) => p.profiles.map((pr) => pr.target));

describe('adding his number or address from "Profile link"', () => {
  beforeEach(() => {
    fakeBrowser.permissions.request = vi.fn().mockResolvedValue(true);
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
  });

  it('stores the number in E.164, shows it formatted, and asks for the chat apps', async () => {
    const outcome = await addFromInput('+34 600 000 000');
    expect(outcome).toEqual({
      ok: true,
      message: 'Added: Phone · +34 600 00 00 00 — also covers WhatsApp, Telegram and Signal chat links',
    });
    expect(await stored()).toEqual([{ kind: 'phone', number: '+34600000000' }]);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({
      origins: expect.arrayContaining(['*://*.wa.me/*']),
    });
  });

  it('reads a number without country code in the browser’s region, and says which', async () => {
    expect(recognise('(415) 555-0134')).toEqual({
      label: 'Phone · +1 415 555 0134 — also covers WhatsApp, Telegram and Signal chat links',
      note: expect.stringMatching(/^Country: United States, from your browser's region\./),
    });
    const outcome = await addFromInput('(415) 555-0134');
    expect(outcome.ok && outcome.message).toMatch(
      /^Added: Phone · \+1 415 555 0134 .* Country: United States/,
    );
    expect(await stored()).toEqual([{ kind: 'phone', number: '+14155550134' }]);
  });

  it('takes the same number written another way as a duplicate', async () => {
    await addFromInput('+34 600 000 000');
    expect(await addFromInput('0034 600-000-000')).toEqual({
      ok: false,
      error: 'Phone · +34 600 00 00 00 is already on your list.',
    });
    expect(await stored()).toHaveLength(1);
  });

  it('stores an address in lower case and asks for the webmail', async () => {
    expect(await addFromInput('Kai.Morgan@Example.com')).toEqual({
      ok: true,
      message:
        'Added: Email · kai.morgan@example.com — also covers new messages to him in Gmail, Outlook, Yahoo Mail and Proton Mail',
    });
    expect(await stored()).toEqual([{ kind: 'email', address: 'kai.morgan@example.com' }]);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({
      origins: expect.arrayContaining(['*://*.mail.google.com/*']),
    });
  });

  it.each([
    ['+34 600', 'That number is too short — check that no digit is missing.'],
    ['+34 600 000 000 000', 'That number has too many digits — check it again.'],
    [
      '+34 6OO 000 000',
      'A phone number has only digits (spaces, dashes and brackets are fine) — check for a letter in it.',
    ],
    ['kai.morgan@', 'That address is missing its domain — write it whole, like name@example.com.'],
  ])('refuses %s in her words and adds nothing', async (input, error) => {
    expect(await addFromInput(input)).toEqual({ ok: false, error });
    expect(await stored()).toEqual([]);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it('asks nothing for a platform profile', async () => {
    await addFromInput('https://www.instagram.com/kai.morgan/');
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });
});

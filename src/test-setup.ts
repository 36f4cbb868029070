import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../public/_locales/en/messages.json';
import { getMessageFrom } from './i18n/get-message-from';

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessageFrom(en) as typeof fakeBrowser.i18n.getMessage;
});

// Testing Library unmounts after each test only when the runner exposes globals; this one doesn't.
afterEach(() => cleanup());

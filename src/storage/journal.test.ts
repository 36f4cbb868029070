import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addJournalEntry, deleteJournalEntry, JOURNAL_MAX_CHARS, readJournal } from './journal';

describe('journal', () => {
  it('keeps what she wrote, line breaks and all, oldest first', async () => {
    await addJournalEntry('I miss you.\nBut I miss me more.', 1000);
    await addJournalEntry('Second', 2000);
    const journal = await readJournal();
    expect(journal.map((e) => [e.at, e.text])).toEqual([
      [1000, 'I miss you.\nBut I miss me more.'],
      [2000, 'Second'],
    ]);
    expect(new Set(journal.map((e) => e.id)).size).toBe(2);
  });

  it('refuses an empty entry and stores nothing', async () => {
    expect(await addJournalEntry('   \n ', 1)).toBeNull();
    expect(await readJournal()).toEqual([]);
  });

  it('keeps markup as plain text', async () => {
    await addJournalEntry('<img src=x onerror=alert(1)>', 1);
    expect((await readJournal())[0]?.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('cuts an over-long entry to what the journal can hold, rather than losing it', async () => {
    await addJournalEntry('a'.repeat(JOURNAL_MAX_CHARS + 10), 1);
    expect((await readJournal())[0]?.text).toHaveLength(JOURNAL_MAX_CHARS);
  });

  it('deletes one entry by id and keeps the others', async () => {
    const first = await addJournalEntry('one', 1);
    await addJournalEntry('two', 2);
    await deleteJournalEntry(first?.id ?? '');
    expect((await readJournal()).map((e) => e.text)).toEqual(['two']);
  });

  it('ignores deleting an id that is not there', async () => {
    await addJournalEntry('one', 1);
    await deleteJournalEntry('nope');
    expect((await readJournal()).map((e) => e.text)).toEqual(['one']);
  });

  it('repairs a damaged journal on read, keeping the good entries', async () => {
    await fakeBrowser.storage.local.set({
      journal: [{ id: 'a', at: 1, text: 'kept' }, { id: '', at: 2, text: 'no id' }, 'junk', { id: 'b' }],
    });
    expect(await readJournal()).toEqual([{ id: 'a', at: 1, text: 'kept' }]);
    await fakeBrowser.storage.local.set({ journal: 'not a list' });
    expect(await readJournal()).toEqual([]);
  });

  it('drops the oldest entries beyond the limit, keeping the newest', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `e${i}`, at: i, text: `t${i}` }));
    await fakeBrowser.storage.local.set({ journal: many });
    await addJournalEntry('newest', 9999);
    const journal = await readJournal();
    expect(journal).toHaveLength(5000);
    expect(journal[0]?.id).toBe('e1');
    expect(journal.at(-1)?.text).toBe('newest');
  });
});

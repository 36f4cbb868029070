import * as v from 'valibot';
import { journalItem } from './items';
import { repairJournal } from './repair';
import { type JournalEntry, JournalEntrySchema } from './schemas';

/**
 * Her journal: what she wanted to say to him, written instead of sent. Kept only in this browser, oldest
 * first; never sent anywhere.
 */

/** The longest entry the journal keeps (the stored shape allows no more). */
export const JOURNAL_MAX_CHARS = 20_000;
/** The most entries kept; the oldest go first beyond it (a reader keeps no more than this many). */
export const JOURNAL_MAX_ENTRIES = 5000;

export async function readJournal(): Promise<JournalEntry[]> {
  return repairJournal(await journalItem.getValue());
}

/** Saves `text` as a new entry; refuses (returns null) an entry that is empty or only spaces. */
export async function addJournalEntry(text: string, now: number): Promise<JournalEntry | null> {
  if (text.trim() === '') return null;
  const entry: JournalEntry = { id: crypto.randomUUID(), at: now, text: text.slice(0, JOURNAL_MAX_CHARS) };
  v.parse(JournalEntrySchema, entry);
  const journal = await readJournal();
  journal.push(entry);
  await journalItem.setValue(journal.slice(-JOURNAL_MAX_ENTRIES));
  return entry;
}

export async function deleteJournalEntry(id: string): Promise<void> {
  const journal = await readJournal();
  const kept = journal.filter((e) => e.id !== id);
  if (kept.length !== journal.length) await journalItem.setValue(kept);
}

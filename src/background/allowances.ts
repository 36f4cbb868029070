import { allowancesItem } from '@/src/storage';

/** Whether she chose to see this target in this tab and the time she gave herself hasn't run out. */
export async function isAllowed(tabId: number, key: string, now: number): Promise<boolean> {
  const allowance = (await allowancesItem.getValue())[String(tabId)];
  return !!allowance && allowance.key === key && allowance.until > now;
}

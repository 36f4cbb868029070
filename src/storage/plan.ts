import { planItem, settingsItem } from './items';
import { repairPlan, repairSettings } from './repair';
import type { Plan, Settings } from './schemas';

export async function readPlan(): Promise<Plan> {
  return repairPlan(await planItem.getValue());
}

export async function savePlan(changes: Partial<Plan>): Promise<Plan> {
  const plan = { ...(await readPlan()), ...changes };
  await planItem.setValue(plan);
  return plan;
}

export async function readSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

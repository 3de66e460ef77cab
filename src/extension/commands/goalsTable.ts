/** The goals table's command: *chitieu: Open Goals Table* (also a button in the goals view's title). */
import { COMMANDS } from '../platform/ids';
import type { GoalsTablePanel } from '../views/goalsTablePanel';
import type { ChitieuCommand } from './commandKit';

export function goalsTableCommands(table: GoalsTablePanel): ChitieuCommand[] {
  return [{ id: COMMANDS.openGoalsTable, execute: () => { table.show(); return true; } }];
}

#!/usr/bin/env -S npx tsx
// `npm run podium -- <command>`: Podium's command line. Each command lives in commands/ and has its own --help.

import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { conflictsCommand } from './commands/conflicts.ts';
import { migrateCommand } from './commands/migrate.ts';
import { seedCommand } from './commands/seed.ts';
import { solveCommand } from './commands/solve.ts';
import { importCommand } from './commands/import.ts';
import { exportCommand } from './commands/export.ts';

process.env.CHECKPOINT_DISABLE ??= '1';

const commands: Command[] = [migrateCommand, seedCommand, conflictsCommand, importCommand, exportCommand, solveCommand];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: npm run podium -- <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "npm run podium -- <command> --help" for a command's options.`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${command.usage}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(parsed.values, parsed.positionals);
  } catch (err) {
    console.error(`podium ${name}: ${(err as Error).message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));

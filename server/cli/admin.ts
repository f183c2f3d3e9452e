// Admin CLI: `npx tsx server/cli/admin.ts COMMAND` (npm run admin -- COMMAND), same env as the service.
import { runAdmin } from './run';

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await runAdmin(process.argv.slice(2));

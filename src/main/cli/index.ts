import { buildProgram } from './program';

// A closed pipe (`holdfast holdings | head -2`) ends the command quietly, as Unix tools do, instead of an
// unhandled EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`holdfast: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });

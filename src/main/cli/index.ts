import { runCli } from './run';

// A closed pipe (`holdfast holdings | head -2`) ends the command quietly, as Unix tools do, instead of an
// unhandled EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

#!/usr/bin/env node
// Faultline's simulated command-line tool: the `cli` provider (seed 003, "CLI Errors — exit codes,
// structured JSON output, and stable error codes for command-line tools"). It is a real program
// the harness runs as a child process, once per attempt:
//
//   node tool.mjs run --json < job.json
//
// The job (JSON on stdin) carries the answer a clean run finds and what the harness armed:
//   { "answer": {…}, "armed": null }                         → stdout: the answer as JSON, exit 0
//   { "armed": { "exit": 75, "error": {…}, "logs": ["…"] } } → stderr: the log lines, then the
//                                                              error as one JSON line; exit 75
//   { "armed": { "exit": 1, "stdout": "…", "stderr": "…" } }  → the bytes as given; exit 1
//   { "armed": { "signal": "SIGKILL" } }                      → the process kills itself
//
// Anything else on the command line is a usage error (sysexits EX_USAGE, code `usage`), and a job
// that is not JSON a data error (EX_DATAERR, code `invalid_input`), as a real tool would answer.
// Plain JavaScript on purpose: it starts in milliseconds and needs no loader.

const EX_USAGE = 64;
const EX_DATAERR = 65;

/** Writes the structured error as one JSON line on stderr and sets the exit status. */
function fail(exit, error, logs = []) {
  for (const line of logs) process.stderr.write(`${line}\n`);
  process.stderr.write(`${JSON.stringify(error)}\n`);
  process.exitCode = exit;
}

function perform(job) {
  const armed = job.armed ?? null;
  if (armed === null) {
    process.stdout.write(`${JSON.stringify(job.answer)}\n`);
    return;
  }
  if (typeof armed.signal === 'string') {
    process.kill(process.pid, armed.signal);
    return;
  }
  if ('error' in armed) return fail(armed.exit, armed.error, armed.logs);
  process.stdout.write(armed.stdout ?? '');
  process.stderr.write(armed.stderr ?? '');
  process.exitCode = armed.exit;
}

const args = process.argv.slice(2);
if (args.length !== 2 || args[0] !== 'run' || args[1] !== '--json') {
  fail(EX_USAGE, {
    code: 'usage',
    message: `usage: tool.mjs run --json < job.json (got: ${args.join(' ') || 'no arguments'})`,
    is_retriable: false,
  });
} else {
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => (input += chunk));
  process.stdin.on('end', () => {
    let job;
    try {
      job = JSON.parse(input);
    } catch (error) {
      return fail(EX_DATAERR, {
        code: 'invalid_input',
        message: `the job on stdin is not JSON: ${error.message}`,
        is_retriable: false,
      });
    }
    perform(job);
  });
}

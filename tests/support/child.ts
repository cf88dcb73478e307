import { spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';

/**
 * How long one child process of a test may run before it is killed and the test fails naming it: many times what any
 * of them needs on a busy machine. A synchronous child blocks the test's thread, so Vitest's own timeout cannot stop it.
 */
export const CHILD_LIMIT_MS = 240_000;

/**
 * Node's arguments that run Astro's command line, for a test. Astro ends each command with process.exit(), which on Node
 * 24 can hang for good while a V8 compile job waits on a background thread (nodejs/node#54918); `--single-threaded` keeps
 * those jobs on the main thread. It changes how V8 schedules its work, not what the build writes.
 */
export const ASTRO = ['--single-threaded', 'node_modules/astro/bin/astro.mjs'];

/** spawnSync's options, with the time the child may take (CHILD_LIMIT_MS unless given). */
export type RunOptions = Omit<SpawnSyncOptions, 'timeout' | 'killSignal'> & { limitMs?: number };

/** The last lines of what a child printed, to show beside the error. */
function tail(output: string | Buffer | null | undefined): string {
  const text = output ? String(output).trimEnd() : '';
  return text === '' ? '' : `\n${text.split('\n').slice(-20).join('\n')}`;
}

/** The command line as a person would type it, for messages. */
export function commandLine(command: string, args: readonly string[]): string {
  return [command, ...args].map((arg) => (/^[\w./:=@,+-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(' ');
}

/**
 * Runs `command` to its end, as spawnSync does, and gives its status and output. If it has not ended within the limit
 * it is killed, and this throws an error naming it and what it printed until then; so does a command that cannot start.
 */
export function runChild(
  command: string,
  args: readonly string[],
  options: RunOptions & { encoding: BufferEncoding },
): SpawnSyncReturns<string>;
export function runChild(command: string, args: readonly string[], options?: RunOptions): SpawnSyncReturns<Buffer>;
export function runChild(
  command: string,
  args: readonly string[],
  { limitMs = CHILD_LIMIT_MS, ...options }: RunOptions = {},
): SpawnSyncReturns<string | Buffer> {
  const result: SpawnSyncReturns<string | Buffer> = spawnSync(command, args, { ...options, timeout: limitMs, killSignal: 'SIGKILL' });
  const error = result.error as NodeJS.ErrnoException | undefined;
  if (!error) return result;
  const what =
    error.code === 'ETIMEDOUT' ? `did not end within ${limitMs / 1000} s and was killed` : `failed to run or finish (${error.message})`;
  throw new Error(`${commandLine(command, args)} ${what}${tail(result.stdout)}${tail(result.stderr)}`);
}

/**
 * Runs `command` as execFileSync does, with runChild's limit, and gives what it printed on standard output; throws an error
 * naming it, with its exit status and output, if it exits other than 0.
 */
export function childOutput(command: string, args: readonly string[], options: RunOptions & { encoding: BufferEncoding }): string;
export function childOutput(command: string, args: readonly string[], options?: RunOptions): Buffer;
export function childOutput(command: string, args: readonly string[], options: RunOptions = {}): string | Buffer {
  const result = runChild(command, args, options);
  if (result.status === 0) return result.stdout;
  const how = result.status === null ? `was stopped by ${result.signal}` : `exited with ${result.status}`;
  throw new Error(`${commandLine(command, args)} ${how}${tail(result.stdout)}${tail(result.stderr)}`);
}

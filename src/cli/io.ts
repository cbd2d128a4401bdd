/**
 * What the `convert` and `rates:update` CLIs share: their output seam, the one-line failure, the
 * atomic write and the "run directly" check.
 *
 * Each CLI exports `main(argv, io)` returning its exit code, so tests call it in-process with an
 * `io` that collects the output; only when the file is the process's entry point does it bind
 * `io` to stdout and stderr and set the exit code (not `process.exit`, so piped output is flushed).
 */

import { realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliIO {
	stdout(s: string): void;
	stderr(s: string): void;
}

/** A failure the CLI reports as one line on stderr with exit code 2. */
export class CliError extends Error {}

export const PROCESS_IO: CliIO = {
	stdout: (s) => process.stdout.write(s),
	stderr: (s) => process.stderr.write(s)
};

/** Prints `name: message` on one line (newlines inside a message are folded) and returns 2. */
export function failed(io: CliIO, name: string, message: string): number {
	io.stderr(`${name}: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
	return 2;
}

/**
 * Runs an async CLI body: a `CliError` (or any other error, which is a bad file or value the body
 * did not foresee) becomes one line on stderr and exit 2; success is exit 0.
 */
export async function guarded(name: string, io: CliIO, body: () => Promise<void>): Promise<number> {
	try {
		await body();
		return 0;
	} catch (e) {
		return failed(io, name, e instanceof Error ? e.message : String(e));
	}
}

/** parseArgs throws TypeErrors with an `ERR_PARSE_ARGS_*` code for unknown or malformed options. */
export function isParseArgsError(e: unknown): e is Error {
	return e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS');
}

/** Writes a temp file beside the target and renames it over, so a failure never leaves half a file. */
export function writeAtomic(file: string, text: string): void {
	const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
	try {
		writeFileSync(temp, text);
		renameSync(temp, file);
	} finally {
		rmSync(temp, { force: true });
	}
}

/** True when the module at `url` is the script node (or tsx) was started with. */
export function isMain(url: string): boolean {
	const entry = process.argv[1];
	if (!entry) return false;
	try {
		return realpathSync(entry) === realpathSync(fileURLToPath(url));
	} catch {
		return false;
	}
}

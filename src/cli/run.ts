/**
 * What every CLI shares: `main(argv, io)` returns an exit code and writes only through `io`, so the
 * tests run it in-process; `CliError` is a one-line message for exit 2; `runMain` wires `main` to
 * the real process when the file is run directly (`tsx src/cli/x.ts`), and does nothing on import.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CliIo {
	stdout(text: string): void;
	stderr(text: string): void;
}

export type Main = (argv: string[], io: CliIo) => Promise<number>;

/** A bad argument, file or value: printed as one line on stderr, exit 2. */
export class CliError extends Error {}

/** Runs `body`; a `CliError` (or any error) becomes one line on stderr and exit 2. */
export async function guarded(name: string, io: CliIo, body: () => Promise<void>): Promise<number> {
	try {
		await body();
		return 0;
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		io.stderr(`${name}: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
		return 2;
	}
}

const processIo: CliIo = {
	stdout: (text) => void process.stdout.write(text),
	stderr: (text) => void process.stderr.write(text)
};

/** Runs `main` with the process's arguments when `moduleUrl` is the script Node was started with. */
export function runMain(moduleUrl: string, main: Main): void {
	const script = process.argv[1];
	if (!script || realpathSync(script) !== realpathSync(fileURLToPath(moduleUrl))) return;
	void main(process.argv.slice(2), processIo).then((code) => (process.exitCode = code));
}

// Runs a CLI's `main` in-process and captures what it writes, as the process would see it.
import type { CliIO } from '../../../src/cli/io';

type Main = (argv: string[], io: CliIO) => number | Promise<number>;

export interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

export async function capture(main: Main, ...argv: string[]): Promise<Run> {
	let stdout = '';
	let stderr = '';
	const code = await main(argv, {
		stdout: (t) => void (stdout += t),
		stderr: (t) => void (stderr += t)
	});
	return { code, stdout, stderr };
}

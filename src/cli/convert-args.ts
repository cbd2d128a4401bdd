/**
 * The `convert` command line, read by hand rather than with `util.parseArgs`, because an amount may be
 * negative: parseArgs reads "-5" as an unknown option even after `npm run convert --`, since npm
 * consumes that `--`. Rules, each giving one clear error: `--on` and `--source` take a value
 * (`--on D` or `--on=D`) and may be given once; a token that reads as a number is an amount even
 * with a leading "-"; any other token starting with "-" is an unknown option; after a bare `--`
 * everything is positional; exactly three positionals. Amounts are plain decimals with an optional
 * exponent; one too large for a double (1e400) or a non-zero one that rounds to 0 (1e-400) is
 * refused, never read as Infinity or 0.
 */

import { CliError } from './io';

export const USAGE = 'usage: convert <amount> <FROM> <TO> [--on YYYY-MM-DD] [--source ECB|FED_H10]';

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

export interface ConvertArgs {
	amount: number;
	from: string;
	to: string;
	on?: string;
	source?: string;
}

export function parseAmount(raw: string): number {
	const n = NUMBER.test(raw) ? Number(raw) : NaN;
	if (Number.isNaN(n)) throw new CliError(`"${raw}" is not an amount (e.g. 3e12 or 7949600000000)`);
	if (!Number.isFinite(n)) throw new CliError(`"${raw}" is too large to be an amount`);
	const mantissa = raw.replace(/e.*$/i, '');
	if (n === 0 && /[1-9]/.test(mantissa)) {
		throw new CliError(`"${raw}" is too small to be an amount: it would be read as 0`);
	}
	return n;
}

export function parseConvertArgs(argv: readonly string[]): ConvertArgs {
	const positionals: string[] = [];
	const options = new Map<string, string>();
	for (let i = 0; i < argv.length; i++) {
		const token = argv[i] as string;
		// A negative amount is read as an amount anywhere, so `--` (which npm users type out of habit,
		// and which an earlier usage line advised) separates nothing and is skipped.
		if (token === '--') continue;
		const m = /^--(on|source)(?:=(.*))?$/.exec(token);
		if (m) {
			const name = m[1] as string;
			const value = m[2] ?? argv[++i];
			if (value === undefined) throw new CliError(`--${name} needs a value; ${USAGE}`);
			if (options.has(name)) {
				throw new CliError(
					`--${name} is given more than once ("${options.get(name)}", "${value}")`
				);
			}
			options.set(name, value);
		} else if (token.startsWith('-') && token !== '-' && !NUMBER.test(token)) {
			throw new CliError(`Unknown option '${token}'; ${USAGE}`);
		} else positionals.push(token);
	}
	if (positionals.length !== 3) throw new CliError(USAGE);
	const [amount = '', from = '', to = ''] = positionals;
	return {
		amount: parseAmount(amount),
		from,
		to,
		on: options.get('on'),
		source: options.get('source')
	};
}

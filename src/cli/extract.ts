/**
 * `npm run --silent extract -- <file> [--date YYYY-MM-DD]`: prints `{"figures":[...],"rates":[...]}`
 * on one line: every figure, and every exchange rate the article states (never a figure).
 *
 * Offsets are into the file as read: the header (front matter or `date YYYY-MM-DD` marker) is split
 * off with `splitArticle`, figures are found in the body and shifted by `bodyOffset`. The publication
 * date is `--date`, else the marker date, else front matter `published`. Any bad argument or
 * unreadable file: one line on stderr, exit code 2. Thin by design: all logic is in `src/lib`.
 */
import { readFileSync } from 'node:fs';
import { splitArticle } from '../lib/articles/split';
import { isIsoDate } from '../lib/currency/dates';
import { extractArticle } from '../lib/figures';
import { CliError, guarded, isMain, PROCESS_IO, type CliIO } from './io';

const USAGE = 'usage: extract <file> [--date YYYY-MM-DD]';

function parseArgs(argv: string[]): { file: string; date: string | null } {
	let file: string | null = null;
	let date: string | null = null;
	const setDate = (v: string | undefined) => {
		if (date !== null) throw new CliError(`--date given twice (${USAGE})`);
		if (v === undefined || !isIsoDate(v)) {
			throw new CliError(`--date needs a valid YYYY-MM-DD date (${USAGE})`);
		}
		date = v;
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] ?? '';
		if (a === '--date') setDate(argv[++i]);
		else if (a.startsWith('--date=')) setDate(a.slice(7));
		else if (a.startsWith('-') && a !== '-') throw new CliError(`unknown option ${a} (${USAGE})`);
		else if (file === null) file = a;
		else throw new CliError(`unexpected argument ${a} (${USAGE})`);
	}
	if (file === null) throw new CliError(`missing file (${USAGE})`);
	return { file, date };
}

export function main(argv: string[], io: CliIO): Promise<number> {
	return guarded('extract', io, async () => {
		const { file, date } = parseArgs(argv);
		let raw: string;
		try {
			raw = readFileSync(file, 'utf8');
		} catch (e) {
			throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
		}
		const article = splitArticle(raw);
		const front = /^published:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(article.frontMatter ?? '')?.[1];
		const published = date ?? article.markerDate ?? front;
		const language = /^language:\s*['"]?([a-zA-Z-]+)/m.exec(article.frontMatter ?? '')?.[1];
		const found = extractArticle(article.body, { ...(published && { published }), language });
		// Offsets into the file as read: the body starts after the header.
		const shift = <T extends { start: number; end: number }>(a: T) => ({
			...a,
			start: a.start + article.bodyOffset,
			end: a.end + article.bodyOffset
		});
		io.stdout(
			JSON.stringify({ figures: found.figures.map(shift), rates: found.rates.map(shift) }) + '\n'
		);
	});
}

if (isMain(import.meta.url)) {
	void main(process.argv.slice(2), PROCESS_IO).then((code) => (process.exitCode = code));
}

/**
 * `npm run --silent extract -- <file> [--date YYYY-MM-DD]`: prints `{"figures":[...]}` on one line.
 *
 * Offsets are into the file as read: the header (front matter or `date YYYY-MM-DD` marker) is split
 * off with `splitArticle`, figures are found in the body and shifted by `bodyOffset`. The publication
 * date is `--date`, else the marker date, else front matter `published`. Any bad argument or
 * unreadable file: one line on stderr, exit code 2. Thin by design: all logic is in `src/lib`.
 */
import { readFileSync } from 'node:fs';
import { splitArticle } from '../lib/articles/split';
import { extractFigures } from '../lib/figures';

const USAGE = 'usage: extract <file> [--date YYYY-MM-DD]';

function fail(message: string): never {
	process.stderr.write(`extract: ${message.replace(/\s+/g, ' ')}\n`);
	process.exit(2);
}

function isDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

function parseArgs(argv: string[]): { file: string; date: string | null } {
	let file: string | null = null;
	let date: string | null = null;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] ?? '';
		if (a === '--date') {
			const v = argv[++i];
			if (v === undefined || !isDate(v)) fail(`--date needs a valid YYYY-MM-DD date (${USAGE})`);
			date = v;
		} else if (a.startsWith('--date=')) {
			const v = a.slice(7);
			if (!isDate(v)) fail(`--date needs a valid YYYY-MM-DD date (${USAGE})`);
			date = v;
		} else if (a.startsWith('-') && a !== '-') fail(`unknown option ${a} (${USAGE})`);
		else if (file === null) file = a;
		else fail(`unexpected argument ${a} (${USAGE})`);
	}
	if (file === null) fail(`missing file (${USAGE})`);
	return { file, date };
}

const { file, date } = parseArgs(process.argv.slice(2));
let raw: string;
try {
	raw = readFileSync(file, 'utf8');
} catch (e) {
	fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
}
const article = splitArticle(raw);
const frontDate = /^published:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(article.frontMatter ?? '')?.[1];
const published = date ?? article.markerDate ?? frontDate;
const figures = extractFigures(article.body, published ? { published } : {}).map((f) => ({
	...f,
	start: f.start + article.bodyOffset,
	end: f.end + article.bodyOffset
}));
process.stdout.write(JSON.stringify({ figures }) + '\n');

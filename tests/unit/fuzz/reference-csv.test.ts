// Fuzzing the reference CSVs: any mutation of one file either loads (every number finite and not
// negative) or fails with a DataFileError naming that file, a line inside it and the column.
import fc from 'fast-check';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFileError } from '$lib/server/csv';
import { REFERENCE_DIR } from '$lib/server/reference';
import {
	BUDGET_FILE,
	CONTRACTORS_FILE,
	FACTS_FILE,
	GDP_FILE,
	loadReferenceSeries,
	SIPRI_FILE
} from '$lib/server/reference';
import { hostile, mutated, parsedOrNamed } from './arbitraries';

const dir = mkdtempSync(join(tmpdir(), 'fuzz-reference-'));
cpSync(REFERENCE_DIR, dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILES = [BUDGET_FILE, GDP_FILE, SIPRI_FILE, CONTRACTORS_FILE, FACTS_FILE];
/** Only the first rows, so each case parses little: the checks are per row. LF while mutating. */
const HEADS = Object.fromEntries(
	FILES.map((f) => {
		const lines = readFileSync(`${REFERENCE_DIR}/${f}`, 'utf8').split(/\r?\n/);
		return [f, lines.slice(0, 8).join('\n')];
	})
);
const cellValue = fc.oneof(
	fc.constantFrom(
		'-1',
		'-0.5',
		'NaN',
		'Infinity',
		'',
		'1e400',
		'0x1F',
		'FY20x4',
		'FY2012',
		'JPN',
		'"',
		'"a,b"',
		'same as above'
	),
	hostile
);

/** Replaces one comma-separated cell of one line (quoted commas may split a cell: more junk). */
const cellEdit = fc.tuple(fc.nat(), fc.nat(), cellValue).map(([r, c, v]) => (text: string) => {
	const lines = text.split('\n');
	const i = r % lines.length;
	const cells = lines[i]!.split(',');
	cells[c % cells.length] = v;
	lines[i] = cells.join(',');
	return lines.join('\n');
});

describe('reference CSVs under fuzzing', () => {
	it('a mutated row or cell in any one file loads with sane numbers, or names file, line and column', () => {
		const lineLevel = fc
			.constantFrom(...FILES)
			.chain((name) => fc.tuple(fc.constant(name), mutated(HEADS[name]!, cellValue)));
		const cellLevel = fc
			.tuple(fc.constantFrom(...FILES), fc.array(cellEdit, { minLength: 1, maxLength: 3 }))
			.map(([name, edits]) => [name, edits.reduce((t, e) => e(t), HEADS[name]!)] as const);
		fc.assert(
			fc.property(fc.oneof(lineLevel, cellLevel), ([name, mutatedText]) => {
				const text = mutatedText;
				for (const f of FILES) writeFileSync(`${dir}/${f}`, f === name ? text : HEADS[f]!);
				const series = parsedOrNamed(
					() => loadReferenceSeries(dir),
					DataFileError,
					`${dir}/${name}`,
					text
				);
				if (!series) return;
				const numbers = [
					...series.budget.flatMap((b) => [b.year, b.inclJpy, b.exclJpy]),
					...series.gdp.flatMap((g) => [g.year, g.jpy]),
					...series.shareOfGdp.flatMap((s) => [s.year, s.pct]),
					...series.contractors.flatMap((c) => [c.year, c.usd]),
					...Object.values(series.facts).map((f) => f.value)
				];
				for (const n of numbers) expect(Number.isFinite(n) && n >= 0).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});
});

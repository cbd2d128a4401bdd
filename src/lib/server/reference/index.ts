/**
 * Server and CLI only: the one loader of `data/reference/`. Each series has its own reader and
 * validator in this folder; a bad cell throws `DataFileError` as `file:line: column: reason`, which
 * fails the build at the cell to fix. Returns a plain `ReferenceSeries` (JSON-safe) in which every
 * value keeps the source and verification status its file gives it; nothing is upgraded.
 */
import type { ReferenceSeries } from '../../reference/model';
import { loadBudget } from './budget';
import { loadContractors } from './contractors';
import { loadFacts } from './facts';
import { loadGdp } from './gdp';
import { loadShareOfGdp } from './sipri';

export const REFERENCE_DIR = 'data/reference';
export const BUDGET_FILE = 'japan_defense_budget_fy2012_2026.csv';
export const GDP_FILE = 'japan_nominal_gdp.csv';
export const SIPRI_FILE = 'sipri_milex_share_of_gdp.csv';
export const CONTRACTORS_FILE = 'us_defense_contractor_revenues_2022_2023.csv';
export const FACTS_FILE = 'key_facts.csv';

/** Reads and validates every series in `dir`. */
export function loadReferenceSeries(dir = REFERENCE_DIR): ReferenceSeries {
	return {
		budget: loadBudget(`${dir}/${BUDGET_FILE}`),
		gdp: loadGdp(`${dir}/${GDP_FILE}`),
		shareOfGdp: loadShareOfGdp(`${dir}/${SIPRI_FILE}`),
		contractors: loadContractors(`${dir}/${CONTRACTORS_FILE}`),
		facts: loadFacts(`${dir}/${FACTS_FILE}`)
	};
}

let cached: ReferenceSeries | undefined;

/**
 * Memoised for the build, the CLI and the tests; a dev server reads afresh so edits to data/ show at
 * once. Not `$app/environment`: the CLI runs outside SvelteKit, where that module does not exist.
 */
export function loadReference(): ReferenceSeries {
	if (process.env.NODE_ENV === 'development') return loadReferenceSeries();
	cached ??= loadReferenceSeries();
	return cached;
}

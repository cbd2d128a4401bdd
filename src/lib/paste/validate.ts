/**
 * Checks the paste form before anything is computed: the same schema as `data/articles` front
 * matter, with messages that name the form's own fields ("Title", "Date") and the value given. Pure.
 */
import { articleMetaSchema } from '$lib/articles/schema';

const LABELS: Record<string, string> = {
	title: 'Title',
	source: 'Source',
	published: 'Date',
	dateline: 'Dateline'
};

export function metaProblems(meta: Record<string, unknown>, body: string): string[] {
	const problems: string[] = [];
	if (body.trim() === '') problems.push('Article text is empty: paste the article or drop a file.');
	const result = articleMetaSchema.safeParse(meta);
	if (result.success) return problems;
	const seen = new Set<string>();
	for (const issue of result.error.issues) {
		const key = String(issue.path[0] ?? '');
		if (seen.has(key)) continue; // one message per field: '' fails both the pattern and the day
		seen.add(key);
		const label = LABELS[key] ?? key;
		const value = meta[key];
		const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
		problems.push(
			empty
				? `${label} is required.`
				: `${label} ${issue.message}: got ${JSON.stringify(value).slice(0, 80)}.`
		);
	}
	return problems;
}

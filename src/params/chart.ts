// Only the chart ids the dashboard draws name a published chart file.
import type { ParamMatcher } from '@sveltejs/kit';
import { CHART_IDS } from '$lib/charts/spec';

export const match: ParamMatcher = (param) => (CHART_IDS as readonly string[]).includes(param);

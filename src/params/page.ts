// Index pages are numbered from 2 (page 1 is /articles itself).
import type { ParamMatcher } from '@sveltejs/kit';

export const match: ParamMatcher = (param) => /^[1-9]\d*$/.test(param) && param !== '1';

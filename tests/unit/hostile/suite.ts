// Runs each hostile case as one test and keeps the suite's figures: inputs tried, held, failed (and
// which failures wait on another branch), time taken; printed as one summary line per file.
import { afterAll, it } from 'vitest';
import type { HostileCase } from '../../fixtures/hostile/cases';

export function hostileSuite(name: string) {
	const outcomes: { c: HostileCase; held: boolean; ms: number }[] = [];
	const started = performance.now();
	afterAll(() => {
		const failed = outcomes.filter((o) => !o.held);
		const pending = failed.filter((o) => o.c.pending);
		const unexpected = failed.length - pending.length;
		const held = outcomes.length - failed.length;
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		const waiting = pending.map((o) => `${o.c.id} (${o.c.pending})`).join(', ') || 'none';
		console.log(
			`hostile ${name}: ${outcomes.length} inputs tried, ${held} held, ${unexpected} failed, ` +
				`${pending.length} waiting on other branches [${waiting}], ${seconds} s`
		);
	});
	/**
	 * One test per case; a pending case is expected to fail until its branch is merged.
	 * HOSTILE_PENDING=run runs pending cases as plain tests, to see why they fail or that they pass.
	 */
	return (c: HostileCase, body: () => unknown | Promise<unknown>, timeout?: number) => {
		const title = `${c.id}: ${c.must.join('; ')}${c.pending ? ` (waits on ${c.pending})` : ''}`;
		const expectFailure = c.pending && process.env.HOSTILE_PENDING !== 'run';
		(expectFailure ? it.fails : it)(
			title,
			async () => {
				const t0 = performance.now();
				try {
					await body();
					outcomes.push({ c, held: true, ms: performance.now() - t0 });
				} catch (e) {
					outcomes.push({ c, held: false, ms: performance.now() - t0 });
					throw e;
				}
			},
			timeout
		);
	};
}

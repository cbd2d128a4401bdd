/**
 * Turns a parsed YAML document into plain values without ever throwing something other than a
 * described problem. YAML aliases are the trap: `title: *Exclusive*` (Markdown emphasis) is an alias
 * to an anchor that does not exist, and `&a [*a]` is a cycle; `Document.toJS` throws on both.
 * Pure: no file system.
 */
import type { Document } from 'yaml';

export type YamlValue = { ok: true; value: unknown } | { ok: false; reason: string };

export function yamlValue(doc: Document): YamlValue {
	try {
		// maxAliasCount bounds alias expansion ("billion laughs") on hostile pasted text.
		return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) ?? {} };
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		return {
			ok: false,
			reason: `uses a YAML alias or anchor it cannot resolve (${why}); quote values that start with * or &`
		};
	}
}

/** A value for a message: JSON when it can be, shortened; never throws (cycles, BigInt). */
export function shownValue(value: unknown, max = 80): string {
	try {
		const json = JSON.stringify(value ?? null) ?? String(value);
		return json.length > max ? `${json.slice(0, max - 1)}…` : json;
	} catch {
		return String(typeof value);
	}
}

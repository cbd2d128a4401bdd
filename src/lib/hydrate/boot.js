// Hydration on the reader's first intent (see ./defer.ts). The prerendered page is complete to
// read: text, charts drawn as SVG, tables, figure links. Its scripts load and hydrate when the reader
// first points, touches, types or tabs, or at once when the page must differ from what was
// prerendered (URL state, a #fig- link, edits saved in this browser). A click or a change made
// before hydration ends is held and made again on the live page, so no input is lost.
(() => {
	/** @type {HTMLScriptElement | null} */
	const kit = document.querySelector('script[type="df/deferred"]');
	if (!kit) return;
	const root = document.documentElement;
	const intents = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'wheel'];
	const CONTROL = 'button, label, input, select, textarea';
	/** @type {HTMLElement | null} */
	let clicked = null;
	/** @type {Map<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, string | boolean>} */
	const changed = new Map();

	const start = () => {
		if (root.dataset.hydration) return;
		root.dataset.hydration = 'started';
		for (const type of intents) removeEventListener(type, start, true);
		for (const link of document.querySelectorAll('link[rel="df-modulepreload"]')) {
			link.setAttribute('rel', 'modulepreload');
		}
		const script = document.createElement('script');
		// The build moves the script to a file beside the page (./externalise.js); a page from the
		// dev server still carries it inline, and the same text keeps its CSP hash valid.
		if (kit.dataset.src) script.src = kit.dataset.src;
		else script.textContent = kit.textContent;
		kit.replaceWith(script);
	};

	// A click on a control before hydration ends would be lost: hold it, and click again after.
	/** @param {Event} event */
	const hold = (event) => {
		const control = event.target instanceof Element && event.target.closest(CONTROL);
		if (!control || control.matches('input:not([type=checkbox],[type=radio]), select, textarea')) {
			return;
		}
		event.preventDefault();
		event.stopImmediatePropagation();
		clicked = /** @type {HTMLElement} */ (control);
		start();
	};
	// A value chosen before hydration ends is set again after it, as the reader left it.
	/** @param {Event} event */
	const keep = (event) => {
		const el = event.target;
		if (el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
			changed.set(el, el.value);
		} else if (el instanceof HTMLInputElement) {
			changed.set(el, el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value);
		}
		start();
	};
	const replay = () => {
		removeEventListener('click', hold, true);
		removeEventListener('input', keep, true);
		removeEventListener('change', keep, true);
		for (const [el, value] of changed) {
			if (typeof value === 'boolean' && el instanceof HTMLInputElement) el.checked = value;
			else el.value = String(value);
			el.dispatchEvent(new Event('input', { bubbles: true }));
			el.dispatchEvent(new Event('change', { bubbles: true }));
		}
		clicked?.click();
	};

	addEventListener('click', hold, true);
	addEventListener('input', keep, true);
	addEventListener('change', keep, true);
	addEventListener('df:hydrated', replay, { once: true });

	// The key localEditsStore ($lib/browser/edits-store.ts) keeps an article's edits under: this
	// inline script cannot import it, and tests/e2e/hydrate.spec.ts fails if the two part.
	const slug = kit.dataset.slug;
	let saved = false;
	try {
		saved = Boolean(slug && localStorage.getItem(`defence-figures:edits:${slug}`));
	} catch {
		saved = true; // storage refused: let the live page say why
	}
	if (location.search || location.hash.startsWith('#fig-') || saved) start();
	else for (const type of intents) addEventListener(type, start, { capture: true, passive: true });
})();

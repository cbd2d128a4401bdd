/**
 * The Web Worker that reads a pasted article's front matter, so that YAML parsing never holds the
 * main thread. One YAML text in, its `HeaderFields` out, for as long as the paste form is open.
 */
import { readFrontMatter } from './front-matter';

self.onmessage = (event: MessageEvent<string>) => {
	self.postMessage(readFrontMatter(String(event.data)));
};

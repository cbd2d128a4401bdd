// fast-check draws a new random seed on every run, which is how the fuzz suite keeps finding new
// inputs locally. CI is a gate, not an exploration, so it replays one fixed seed; FC_SEED replays
// the seed a failing run printed.
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261126' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });

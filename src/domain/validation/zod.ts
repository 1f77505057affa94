import { z } from 'zod';

// zod's JIT compiles validators with `new Function`, which the app's Content-Security-Policy
// (no eval) forbids. Every schema imports `z` from here so the setting applies first.
z.config({ jitless: true });

export { z };

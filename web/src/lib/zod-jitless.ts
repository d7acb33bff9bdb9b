import { z } from 'zod';

// Zod's JIT probes `new Function`, which the server's CSP (no 'unsafe-eval')
// reports as a violation. Must run before any schema is built.
z.config({ jitless: true });

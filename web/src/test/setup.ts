import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait this long: a lazily loaded page on a busy 2-core machine
// takes more than the default second to render the first time.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());

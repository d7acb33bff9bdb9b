import { describe, expect, it } from 'vitest';
import { initialQuotaTier, quotaTiersFor } from './quota-tiers.js';

describe('quota tiers', () => {
  it('gives customers 1–8 GB and resellers and the platform 16 and 25 GB too', () => {
    expect(quotaTiersFor('CUSTOMER', null)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(quotaTiersFor('RESELLER', null)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 16, 25]);
    expect(quotaTiersFor('PLATFORM', undefined)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 16, 25]);
  });

  it("never offers more than the domain's max quota", () => {
    expect(quotaTiersFor('RESELLER', 4)).toEqual([1, 2, 3, 4]);
    expect(quotaTiersFor('RESELLER', 16)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 16]);
    expect(quotaTiersFor('CUSTOMER', 25)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // 0 means no cap, as on the server.
    expect(quotaTiersFor('CUSTOMER', 0)).toHaveLength(8);
  });

  it("starts from the domain's default, or the largest allowed tier below it", () => {
    expect(initialQuotaTier([1, 2, 3, 4, 5, 6, 7, 8], 2)).toBe(2);
    expect(initialQuotaTier([1, 2, 3, 4], 8)).toBe(4);
    expect(initialQuotaTier([1, 2, 3, 4, 5, 6, 7, 8], null)).toBe(8);
    expect(initialQuotaTier([1, 2, 3, 4, 5, 6, 7, 8], 16)).toBe(8);
  });
});

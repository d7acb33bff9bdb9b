import { describe, expect, it } from 'vitest';
import {
  domainListPath,
  readDomainListFilters,
  writeDomainListFilters,
} from './domain-list-filters';

const read = (query: string) => readDomainListFilters(new URLSearchParams(query));

describe('the domain list filters in the URL', () => {
  it('reads what a URL asks for', () => {
    expect(read('q=acme&state=ACTIVE&mx=problems')).toEqual({
      search: 'acme',
      state: 'ACTIVE',
      mxProblems: true,
    });
    expect(read('')).toEqual({ search: '', state: '', mxProblems: false });
  });

  it('takes what it does not understand as no filter', () => {
    expect(read('q=%20%20&state=HAPPY&mx=yes')).toEqual({
      search: '',
      state: '',
      mxProblems: false,
    });
  });

  it('writes the filters in, leaving out the empty ones and keeping other parameters', () => {
    const params = new URLSearchParams('mx=problems&page=2');
    expect(
      writeDomainListFilters(params, {
        search: 'città',
        state: 'ERROR',
        mxProblems: false,
      }).toString(),
    ).toBe('page=2&q=citt%C3%A0&state=ERROR');
    // The input is left as it was.
    expect(params.toString()).toBe('mx=problems&page=2');
  });

  it('writes them always in the same order', () => {
    const params = new URLSearchParams('mx=problems&state=ACTIVE');
    expect(
      writeDomainListFilters(params, { search: 'a', state: 'ACTIVE', mxProblems: true }).toString(),
    ).toBe('q=a&state=ACTIVE&mx=problems');
  });

  it('links to the list, filtered or not', () => {
    expect(domainListPath({ mxProblems: true })).toBe('/domains?mx=problems');
    expect(domainListPath()).toBe('/domains');
    expect(read(domainListPath({ search: 'a&b', state: 'ACTIVE' }).split('?')[1]!)).toEqual({
      search: 'a&b',
      state: 'ACTIVE',
      mxProblems: false,
    });
  });
});

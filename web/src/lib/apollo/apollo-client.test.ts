import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { testDomain } from '../../features/domains/test-domain';
import { DomainQuery } from '../../features/domains/domains.graphql';
import { MailboxDomainQuery } from '../../features/mailboxes/mailboxes.graphql';
import { MxDomainQuery } from '../../features/mx/mx.graphql';
import { MX_CHECKS, testMxDomain } from '../../features/mx/test-mx-check';
import {
  testVerifiableAlias,
  testVerifiableDomain,
} from '../../features/verification/test-verifiable';
import {
  VerificationDomainAliasQuery,
  VerificationDomainQuery,
} from '../../features/verification/verification.graphql';
import { createCache } from './apollo-client';

const id = 'dom-acme';

describe('the cache', () => {
  it("merges a domain's settings selected by the mailboxes tab into the domain page's", () => {
    const cache = createCache();
    const domain = testDomain({ allowedIps: ['203.0.113.0/24'], catchAll: 'info@acme-demo.it' });
    cache.writeQuery({ query: DomainQuery, variables: { id }, data: { domain } });
    cache.writeQuery({
      query: MailboxDomainQuery,
      variables: { id },
      data: {
        domain: {
          __typename: 'Domain',
          id,
          mailboxCount: 4,
          remainingMailboxes: 6,
          settings: {
            __typename: 'DomainSettings',
            maxQuotaGb: 4,
            defaultQuotaGb: 2,
            services: {
              __typename: 'DomainServices',
              pop: false,
              imap: true,
              smtp: true,
              webmail: true,
            },
          },
        },
      },
    });
    const page = cache.readQuery({ query: DomainQuery, variables: { id } });
    expect(page?.domain.settings).toMatchObject({
      allowedIps: ['203.0.113.0/24'],
      catchAll: 'info@acme-demo.it',
      maxQuotaGb: 4,
      defaultQuotaGb: 2,
      services: { pop: false, imap: true },
    });
    expect(page?.domain.mailboxCount).toBe(4);
  });

  it("keeps the MX tab's records when the list or the header reads a domain's MX status", () => {
    const cache = createCache();
    const tab = testMxDomain(MX_CHECKS.WRONG);
    cache.writeQuery({ query: MxDomainQuery, variables: { id }, data: { domain: tab } });
    // A state change answers with the row, and its MX status only.
    cache.writeQuery({
      query: DomainQuery,
      variables: { id },
      data: {
        domain: testDomain(
          {},
          {
            mxCheck: {
              __typename: 'DomainMxCheck',
              status: 'WRONG',
              checkedAt: '2026-11-29T10:00:00Z',
            },
          },
        ),
      },
    });
    const read = cache.readQuery({ query: MxDomainQuery, variables: { id } });
    expect(read?.domain.mxCheck).toEqual({ ...tab.mxCheck, checkedAt: '2026-11-29T10:00:00Z' });
  });

  // A later view that reads only part of a verification (a list's "last checked", say).
  const lastCheck = (type: 'domain' | 'domainAlias') =>
    gql(`
      query LastCheck($id: ID!) {
        ${type}(id: $id) {
          id
          verification {
            lastCheckAt
            lastError
          }
        }
      }
    `);

  it.each([
    ['domain', VerificationDomainQuery, testVerifiableDomain(), 'Domain'],
    ['domainAlias', VerificationDomainAliasQuery, testVerifiableAlias(), 'DomainAlias'],
  ] as const)(
    'merges a partial verification of a %s into what the panel read',
    (field, query, target, typename) => {
      const cache = createCache();
      const variables = { id: target.id };
      cache.writeQuery({ query, variables, data: { [field]: target } as never });
      cache.writeQuery({
        query: lastCheck(field),
        variables,
        data: {
          [field]: {
            __typename: typename,
            id: target.id,
            verification: {
              __typename: 'DomainVerification',
              lastCheckAt: '2026-11-29T09:00:00Z',
              lastError: 'No A record found',
            },
          },
        },
      });
      const panel = cache.readQuery({ query, variables }) as Record<string, typeof target> | null;
      expect(panel?.[field]?.verification).toEqual({
        ...target.verification,
        lastCheckAt: '2026-11-29T09:00:00Z',
        lastError: 'No A record found',
      });
    },
  );
});

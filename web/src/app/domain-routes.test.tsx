import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../features/auth/viewer';
import { DomainQuery, PostmasterDomainQuery } from '../features/domains/domains.graphql';
import { testDomain } from '../features/domains/test-domain';
import { MxDomainQuery } from '../features/mx/mx.graphql';
import { MX_CHECKS, testMxDomain } from '../features/mx/test-mx-check';
import { renderWithProviders } from '../test/render';
import { makeViewer, testOrg } from '../test/viewers';
import { WithViewer } from '../test/with-viewer';
import { AppRoutes } from './app-routes';

const acme = testOrg('o-acme', 'Acme S.r.l.', 'CUSTOMER');
const postmaster = makeViewer({
  id: 'mbx-postmaster',
  kind: 'POSTMASTER',
  login: 'postmaster@acme-demo.it',
  role: 'MEMBER',
  permissions: ['MAILBOXES_ADD', 'MAILBOXES_EDIT', 'MAILBOXES_DELETE', 'PASSWORDS_CHANGE'],
  organisation: acme,
  actingAs: acme,
});
const customer = makeViewer({ organisation: acme, actingAs: acme, login: 'acme' });

const forever = Number.POSITIVE_INFINITY;
const ownDomain: MockLink.MockedResponse = {
  request: { query: PostmasterDomainQuery },
  maxUsageCount: forever,
  result: {
    data: {
      domains: {
        __typename: 'DomainConnection',
        edges: [{ __typename: 'DomainEdge', node: { __typename: 'Domain', id: 'dom-acme' } }],
      },
    },
  },
};
const domain = (over: Parameters<typeof testDomain>[1] = {}): MockLink.MockedResponse => ({
  request: { query: DomainQuery, variables: { id: 'dom-acme' } },
  maxUsageCount: forever,
  result: { data: { domain: testDomain({}, over) } },
});

const Where = () => <output aria-label="location">{useLocation().pathname}</output>;
const where = () => screen.getByRole('status', { name: 'location' });

const render = (viewer: Viewer, path: string, mocks: MockLink.MockedResponse[]) =>
  renderWithProviders(
    <WithViewer viewer={viewer}>
      <AppRoutes />
      <Where />
    </WithViewer>,
    { path, mocks },
  );

describe('the domain routes', () => {
  it('takes the postmaster from home to its one domain, without verification or a list', async () => {
    render(postmaster, '/', [ownDomain, domain()]);
    expect(await screen.findByRole('heading', { name: 'acme-demo.it', level: 1 })).toBeVisible();
    expect(where()).toHaveTextContent('/domains/dom-acme/mailboxes');
    const tabs = screen.getByRole('tablist', { name: 'Domain sections' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual([
      'Mailboxes',
      'Aliases',
      'Domain aliases',
      'Settings',
      'MX records',
      'Client settings',
    ]);
    expect(screen.queryByRole('link', { name: 'All domains' })).not.toBeInTheDocument();
    const menu = screen.getAllByRole('navigation', { name: 'Main navigation' })[0]!;
    expect(
      within(menu)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['My domain', 'My mailbox']);
  });

  it("sends the postmaster from the verification tab it cannot use to the domain's mailboxes", async () => {
    render(postmaster, '/domains/dom-acme/verification', [domain()]);
    expect(await screen.findByRole('heading', { name: 'acme-demo.it', level: 1 })).toBeVisible();
    expect(where()).toHaveTextContent('/domains/dom-acme/mailboxes');
  });

  it('opens the MX records for the postmaster too, after the tabs before them', async () => {
    render(postmaster, '/domains/dom-acme/mx', [
      domain(),
      {
        request: { query: MxDomainQuery, variables: { id: 'dom-acme' } },
        result: { data: { domain: testMxDomain(MX_CHECKS.OK) } },
      },
    ]);
    const tab = await screen.findByRole('tab', { name: 'MX records' });
    expect(tab).toHaveAttribute('aria-selected', 'true');
    expect(where()).toHaveTextContent('/domains/dom-acme/mx');
    expect(
      await screen.findByText('Mail for acme-demo.it reaches the platform'),
    ).toBeInTheDocument();
  });

  it('answers a mailbox owner asking for domains like an unknown page', async () => {
    const mario = makeViewer({
      kind: 'MAILBOX',
      permissions: [],
      organisation: acme,
      actingAs: acme,
    });
    render(mario, '/domains', []);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  it('opens a domain still to be proven on its verification tab', async () => {
    render(customer, '/domains/dom-acme', [
      domain({ state: 'AWAITING_VERIFICATION', verifiedAt: null, verifiedBy: null }),
    ]);
    expect(await screen.findByRole('heading', { name: 'acme-demo.it', level: 1 })).toBeVisible();
    expect(where()).toHaveTextContent('/domains/dom-acme/verification');
    expect(screen.getByRole('tab', { name: 'Verification' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('link', { name: 'All domains' })).toHaveAttribute('href', '/domains');
  });

  it('says when a domain does not exist or is not the viewer’s', async () => {
    render(customer, '/domains/dom-other/settings', [
      {
        request: { query: DomainQuery, variables: { id: 'dom-other' } },
        result: { errors: [{ message: 'Domain not found.', extensions: { code: 'NOT_FOUND' } }] },
      },
    ]);
    expect(
      await screen.findByText('This domain does not exist or is not available to you.'),
    ).toBeVisible();
  });
});

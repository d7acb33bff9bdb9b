import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission } from '@casella/shared';
import { renderWithProviders } from '../../test/render';
import { makeViewer, testOrg } from '../../test/viewers';
import { SideMenu } from './side-menu.component';

const labels = () =>
  within(screen.getByRole('navigation', { name: 'Main navigation' }))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('the side menu', () => {
  it('shows a platform administrator everything, resellers included', () => {
    const platform = testOrg('o-platform', 'Casella', 'PLATFORM');
    renderWithProviders(
      <SideMenu viewer={makeViewer({ organisation: platform, actingAs: platform })} />,
    );
    expect(labels()).toEqual([
      'Dashboard',
      'Resellers',
      'Customers',
      'Domains',
      'Team',
      'API tokens',
      'Audit log',
    ]);
  });

  it('shows a reseller administrator no resellers page', () => {
    renderWithProviders(<SideMenu viewer={makeViewer()} />);
    expect(labels()).toEqual([
      'Dashboard',
      'Customers',
      'Domains',
      'Team',
      'API tokens',
      'Audit log',
    ]);
  });

  it('shows a team member only what its permissions allow, and the domains it may read', () => {
    const permissions: Permission[] = ['LOGS_VIEW', 'API_ACCESS', 'DOMAINS_ADD'];
    renderWithProviders(<SideMenu viewer={makeViewer({ role: 'MEMBER', permissions })} />);
    expect(labels()).toEqual(['Dashboard', 'Domains', 'API tokens', 'Audit log']);
  });

  it('offers the team page to whoever manages managers only', () => {
    renderWithProviders(
      <SideMenu viewer={makeViewer({ role: 'MEMBER', permissions: ['MANAGERS_MANAGE'] })} />,
    );
    expect(labels()).toEqual(['Dashboard', 'Domains', 'Team']);
  });

  it('hides customers from a customer, whatever it holds', () => {
    const customer = testOrg('o-acme', 'Acme', 'CUSTOMER');
    renderWithProviders(
      <SideMenu
        viewer={makeViewer({
          organisation: customer,
          actingAs: customer,
          permissions: PERMISSIONS.filter((p) => p !== 'CUSTOMERS_MANAGE'),
        })}
      />,
    );
    expect(labels()).toEqual([
      'Dashboard',
      'Domains',
      'Team',
      'API tokens',
      'Notifications',
      'Audit log',
    ]);
  });

  it('hides customers and API tokens while acting as a customer', () => {
    const acme = testOrg('o-acme', 'Acme', 'CUSTOMER');
    renderWithProviders(
      <SideMenu
        viewer={makeViewer({
          actingAs: acme,
          permissions: ['TEAM_MANAGE', 'LOGS_VIEW', 'API_ACCESS'],
          impersonation: {
            __typename: 'Impersonation',
            startedAt: '2026-11-29T05:00:00Z',
            organisation: acme,
          },
        })}
      />,
    );
    expect(labels()).toEqual(['Dashboard', 'Domains', 'Team', 'Notifications', 'Audit log']);
  });

  it('offers notifications to customer logins with API access only', () => {
    const acme = testOrg('o-acme', 'Acme', 'CUSTOMER');
    renderWithProviders(
      <SideMenu
        viewer={makeViewer({
          role: 'MEMBER',
          organisation: acme,
          actingAs: acme,
          permissions: ['DOMAINS_ADD', 'LOGS_VIEW'],
        })}
      />,
      { language: 'it' },
    );
    expect(
      within(screen.getByRole('navigation', { name: 'Navigazione principale' }))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Riepilogo', 'Domini', 'Registro attività']);
  });

  it('shows a mailbox owner only its mailbox', () => {
    const acme = testOrg('o-acme', 'Acme', 'CUSTOMER');
    renderWithProviders(
      <SideMenu
        viewer={makeViewer({
          kind: 'MAILBOX',
          permissions: [],
          organisation: acme,
          actingAs: acme,
        })}
      />,
    );
    expect(labels()).toEqual(['My mailbox']);
  });

  it('shows a postmaster its domain and its mailbox, and no panel page it cannot use', () => {
    const acme = testOrg('o-acme', 'Acme', 'CUSTOMER');
    const permissions: Permission[] = [
      'MAILBOXES_ADD',
      'MAILBOXES_EDIT',
      'MAILBOXES_DELETE',
      'PASSWORDS_CHANGE',
    ];
    renderWithProviders(
      <SideMenu
        viewer={makeViewer({ kind: 'POSTMASTER', permissions, organisation: acme, actingAs: acme })}
      />,
      { language: 'it' },
    );
    expect(
      within(screen.getByRole('navigation', { name: 'Navigazione principale' }))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Il mio dominio', 'La mia casella']);
    expect(screen.getByRole('link', { name: 'Il mio dominio' })).toHaveAttribute(
      'href',
      '/domains',
    );
  });

  it('marks the current page for assistive technology', () => {
    renderWithProviders(<SideMenu viewer={makeViewer()} />, { path: '/team' });
    expect(screen.getByRole('link', { name: 'Team' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute('aria-current');
  });

  it("keeps Domains current on a domain's own page", () => {
    renderWithProviders(<SideMenu viewer={makeViewer()} />, { path: '/domains/dom-1/settings' });
    expect(screen.getByRole('link', { name: 'Domains' })).toHaveAttribute('aria-current', 'page');
  });

  it('speaks Italian', () => {
    renderWithProviders(<SideMenu viewer={makeViewer()} />, { language: 'it' });
    expect(
      within(screen.getByRole('navigation', { name: 'Navigazione principale' }))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Riepilogo', 'Clienti', 'Domini', 'Team', 'Token API', 'Registro attività']);
  });
});

import type { ReactElement } from 'react';
import type { MailboxRowFragment } from '../../gql/graphql';
import { renderWithProviders, type RenderOptions } from '../../test/render';
import { makeViewer } from '../../test/viewers';
import { SessionContext } from '../auth/session.context';
import type { Viewer } from '../auth/viewer';
import type { DomainTabProps } from '../domains/domain-tab.props';

/** The demo domain as the domain page hands it to its tabs. */
export const testDomainTab = (over: Partial<DomainTabProps['domain']> = {}): DomainTabProps => ({
  domain: {
    id: 'dom-acme',
    name: 'acme-demo.it',
    asciiName: 'acme-demo.it',
    state: 'ACTIVE',
    ...over,
  },
  asPostmaster: false,
});

/** Renders signed in as `viewer` (the demo reseller's administrator by default). */
export const renderSignedIn = (
  ui: ReactElement,
  { viewer = makeViewer(), ...options }: RenderOptions & { viewer?: Viewer } = {},
) =>
  renderWithProviders(
    <SessionContext.Provider
      value={{
        state: { status: 'authenticated', viewer },
        setViewer: () => undefined,
        signOut: () => Promise.resolve(),
      }}
    >
      {ui}
    </SessionContext.Provider>,
    options,
  );

/** A demo mailbox as the mailbox list returns it. */
export const testMailboxRow = (over: Partial<MailboxRowFragment> = {}): MailboxRowFragment => ({
  __typename: 'Mailbox',
  id: 'mbx-mario',
  address: 'mario.rossi@acme-demo.it',
  localPart: 'mario.rossi',
  firstName: 'Mario',
  lastName: 'Rossi',
  quotaMb: 2048,
  state: 'ACTIVE',
  isPostmaster: false,
  forwards: [],
  keepCopy: true,
  services: { __typename: 'MailboxServices', pop: true, imap: true, smtp: true, webmail: true },
  autoresponder: {
    __typename: 'Autoresponder',
    enabled: false,
    subject: '',
    body: '',
    startsAt: null,
    endsAt: null,
  },
  usage: null,
  ...over,
});

import type { TestClient } from '../graphql-client.js';

/** Acme's demo mail domain as the panel shows it: its ID and its mailboxes' IDs by local part. */
export interface AcmeMail {
  domainId: string;
  domainAliasId: string;
  mailboxId: Record<string, string>;
}

export const acmeMail = async (acme: TestClient): Promise<AcmeMail> => {
  type Page<T> = { edges: { node: T }[] };
  const { domains } = await acme.ok<{ domains: Page<{ id: string; name: string }> }>(
    `{ domains(first: 50) { edges { node { id name } } } }`,
  );
  const domainId = domains.edges.find((e) => e.node.name === 'acme-demo.it')!.node.id;
  const { mailboxes, domainAliases } = await acme.ok<{
    mailboxes: Page<{ id: string; localPart: string }>;
    domainAliases: Page<{ id: string; name: string }>;
  }>(
    `query($d: ID!) {
      mailboxes(domainId: $d, first: 100) { edges { node { id localPart } } }
      domainAliases(domainId: $d, first: 10) { edges { node { id name } } }
    }`,
    { d: domainId },
  );
  return {
    domainId,
    domainAliasId: domainAliases.edges.find((e) => e.node.name === 'acme-demo.com')!.node.id,
    mailboxId: Object.fromEntries(mailboxes.edges.map((e) => [e.node.localPart, e.node.id])),
  };
};

/** Changes a mailbox through the API as a panel user would. */
export const updateMailbox = (client: TestClient, id: string, input: Record<string, unknown>) =>
  client.ok(
    `mutation($id: ID!, $input: UpdateMailboxInput!) { updateMailbox(id: $id, input: $input) { id } }`,
    {
      id,
      input,
    },
  );

/** Changes a domain's advanced settings as a panel user would. */
export const updateDomainSettings = (
  client: TestClient,
  id: string,
  input: Record<string, unknown>,
) =>
  client.ok(
    `mutation($id: ID!, $input: DomainSettingsInput!) { updateDomainSettings(id: $id, input: $input) { id } }`,
    { id, input },
  );

/** Disables, enables, suspends or reactivates a domain through the API, as the panel does. */
export const changeDomainState = (
  client: TestClient,
  id: string,
  operation: 'disableDomain' | 'enableDomain' | 'suspendDomain' | 'reactivateDomain',
) => client.ok(`mutation($id: ID!) { ${operation}(id: $id) { id } }`, { id });

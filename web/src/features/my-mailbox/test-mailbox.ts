import type { MyMailboxFieldsFragment } from '../../gql/graphql';

/** Mario's demo mailbox as the API returns it, for component tests. */
export const testMailbox = (
  over: Partial<MyMailboxFieldsFragment> = {},
): MyMailboxFieldsFragment => ({
  __typename: 'Mailbox',
  id: 'm-mario',
  address: 'mario.rossi@acme-demo.it',
  firstName: 'Mario',
  lastName: 'Rossi',
  quotaMb: 2048,
  forwards: [],
  keepCopy: true,
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

/** A VALIDATION_FAILED answer with one field error. */
export const fieldFailure = (field: string, code: string, message: string) => ({
  errors: [
    {
      message: `${field}: ${message}`,
      extensions: { code: 'VALIDATION_FAILED', fields: [{ field, code, message }] },
    },
  ],
});

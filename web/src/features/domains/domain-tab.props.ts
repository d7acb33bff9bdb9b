import type { DomainState } from '../../gql/graphql';

/** What every tab of the domain page receives from the page. */
export interface DomainTabProps {
  domain: {
    id: string;
    /** Unicode form, as shown to people. */
    name: string;
    asciiName: string;
    state: DomainState;
  };
  /** True when the viewer is the domain's postmaster (signed in as postmaster@domain). */
  asPostmaster: boolean;
}

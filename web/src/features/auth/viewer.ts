import type { ViewerFieldsFragment } from '../../gql/graphql';

/** The signed-in principal as the SPA keeps it. */
export type Viewer = ViewerFieldsFragment;

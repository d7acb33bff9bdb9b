import { graphql } from '../../gql';

export const StopImpersonatingMutation = graphql(`
  mutation StopImpersonating {
    stopImpersonating {
      ...ViewerFields
    }
  }
`);

import { graphql } from '../../gql';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    id
    kind
    login
    name
    role
    permissions
    authenticatedBy
    organisation {
      id
      name
      kind
    }
    actingAs {
      id
      name
      kind
    }
    impersonation {
      startedAt
      organisation {
        id
        name
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      csrfToken
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

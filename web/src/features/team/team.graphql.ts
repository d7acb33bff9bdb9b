import { graphql } from '../../gql';

export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    login
    name
    email
    role
    permissions
    disabled
    lastLoginAt
    createdAt
    grantedCustomers {
      id
      name
    }
  }
`);

export const UsersQuery = graphql(`
  query Users($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrder) {
    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...UserRow
        }
      }
    }
  }
`);

export const GrantableCustomersQuery = graphql(`
  query GrantableCustomers {
    customers(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserRow
    }
  }
`);

export const DeleteUserMutation = graphql(`
  mutation DeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`);

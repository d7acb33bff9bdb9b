import { graphql } from '../../gql';

export const OrganisationRowFragment = graphql(`
  fragment OrganisationRow on Organisation {
    id
    name
    kind
    contactEmail
    language
    status
    createdAt
    customerCount
    parent {
      id
      name
    }
  }
`);

export const ResellersQuery = graphql(`
  query Resellers(
    $first: Int
    $after: String
    $filter: OrganisationFilter
    $orderBy: OrganisationOrder
  ) {
    resellers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...OrganisationRow
        }
      }
    }
  }
`);

export const CustomersQuery = graphql(`
  query Customers(
    $first: Int
    $after: String
    $filter: OrganisationFilter
    $orderBy: OrganisationOrder
  ) {
    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...OrganisationRow
        }
      }
    }
  }
`);

export const CreateResellerMutation = graphql(`
  mutation CreateReseller($input: CreateResellerInput!) {
    createReseller(input: $input) {
      ...OrganisationRow
    }
  }
`);

export const CreateCustomerMutation = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      ...OrganisationRow
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      ...OrganisationRow
    }
  }
`);

export const SuspendOrganisationMutation = graphql(`
  mutation SuspendOrganisation($id: ID!) {
    suspendOrganisation(id: $id) {
      ...OrganisationRow
    }
  }
`);

export const ReactivateOrganisationMutation = graphql(`
  mutation ReactivateOrganisation($id: ID!) {
    reactivateOrganisation(id: $id) {
      ...OrganisationRow
    }
  }
`);

export const DeleteOrganisationMutation = graphql(`
  mutation DeleteOrganisation($id: ID!) {
    deleteOrganisation(id: $id)
  }
`);

export const ImpersonateMutation = graphql(`
  mutation Impersonate($organisationId: ID!) {
    impersonate(organisationId: $organisationId) {
      ...ViewerFields
    }
  }
`);

export const ResellerOptionsQuery = graphql(`
  query ResellerOptions {
    resellers(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

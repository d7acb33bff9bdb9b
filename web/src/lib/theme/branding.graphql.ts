import { graphql } from '../../gql';

export const BrandingQuery = graphql(`
  query Branding($host: String!) {
    branding(host: $host) {
      host
      title
      logoUrl
      faviconUrl
      primaryColor
      secondaryColor
      isDefault
    }
  }
`);

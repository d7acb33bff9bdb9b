import { OrganisationList } from '../organisations/organisation-list.component';

export const CustomerListPage = () => <OrganisationList kind="CUSTOMER" />;

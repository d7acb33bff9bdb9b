import { OrganisationList } from '../organisations/organisation-list.component';

export const ResellerListPage = () => <OrganisationList kind="RESELLER" />;

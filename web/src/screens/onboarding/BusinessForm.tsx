import { useApi } from '../../app/useApi';
import { graphql } from '../../gql';
import { FormSection } from './FormSection';

const CreateBusiness = graphql(`
  mutation CreateBusiness($input: CreateBusinessInput!) {
    createBusiness(input: $input) {
      id
    }
  }
`);

/** A new business: the super admins see it arrive on their dashboard. */
export function BusinessForm() {
  const api = useApi();
  return (
    <FormSection
      title="Your business"
      fields={[{ name: 'name', label: 'Business name', value: '' }]}
      saveLabel="Create the business"
      onSave={(values) => api.mutate(CreateBusiness, { input: { name: values['name'] ?? '' } })}
    />
  );
}

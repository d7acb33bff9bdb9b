/**
 * Fills `{{name}}` placeholders. A placeholder without a value is an error, so
 * a template and its renderer can never drift apart silently.
 */
export const fillTemplate = (
  text: string,
  values: Readonly<Record<string, string | number>>,
  source = 'template',
): string => {
  const missing = new Set<string>();
  const out = text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return '';
    }
    return String(value);
  });
  if (missing.size > 0) throw new Error(`${source}: no value for ${[...missing].join(', ')}`);
  return out;
};

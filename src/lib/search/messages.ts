/** A message with its `{name}` placeholders filled from `values`; a placeholder with no value is left as it stands. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

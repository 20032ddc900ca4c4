declare module 'js-yaml' {
  /** Parses one YAML document (js-yaml 4's default, safe schema). */
  export function load(text: string): unknown;
}

/** Formatting for people, in Vietnamese or English (see values.ts). Pure: usable by the extension, the CLI and the exports. */
export * from './values';

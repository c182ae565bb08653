/** The date of the newest knowledge the rules and reach data encode. */
export const KNOWLEDGE_AS_OF = '2026-11-25';

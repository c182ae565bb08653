/**
 * The date of the newest knowledge the rules and reach data encode: the newest source date actually
 * verified in the knowledge base (not a date notes recorded an undated page), with the note that says so.
 */
export { KNOWLEDGE_AS_OF, DATING_NOTE } from './reach/knowledge';

/** The skill rules. Add each new rule file here. */
import type { Rule } from '../../types';
import fileName from './file-name';
import frontmatterMissing from './frontmatter-missing';
import frontmatterNotAtStart from './frontmatter-not-at-start';
import frontmatterUnclosed from './frontmatter-unclosed';
import bom from './bom';
import crlf from './crlf-line-endings';
import yamlSyntax from './yaml-syntax';
import yamlUnquotedColon from './yaml-unquoted-colon';
import yamlCommentTruncation from './yaml-comment-truncation';
import nameMissing from './name-missing';
import nameFormat from './name-format';
import nameMatchesFolder from './name-matches-folder';
import nameReservedWord from './name-reserved-word';
import nameCollides from './name-collides-with-bundled';
import descriptionMissing from './description-missing';
import descriptionLength from './description-length';
import descriptionAngle from './description-angle-brackets';
import listingTooLong from './listing-too-long';
import compatibilityLength from './compatibility-length';
import metadataShape from './metadata-shape';
import allowedTools from './allowed-tools-format';
import fieldType from './field-type';
import unknownField from './unknown-field';
import uploadUnsupported from './upload-unsupported-field';
import versionTopLevel from './version-top-level';
import bodyTooLong from './body-too-long';
import missingReference from './missing-reference';
import backslashPath from './backslash-path';
import nestedSkill from './nested-skill';
import syncedFolder from './synced-folder';
import uploadFileCount from './upload-file-count';
import uploadSize from './upload-size';
import uploadSingle from './upload-single-skill-md';

export const SKILL_RULES: Rule[] = [
  fileName, frontmatterMissing, frontmatterNotAtStart, frontmatterUnclosed, bom, crlf,
  yamlSyntax, yamlUnquotedColon, yamlCommentTruncation,
  nameMissing, nameFormat, nameMatchesFolder, nameReservedWord, nameCollides,
  descriptionMissing, descriptionLength, descriptionAngle, listingTooLong,
  compatibilityLength, metadataShape, allowedTools, fieldType, unknownField, uploadUnsupported, versionTopLevel,
  bodyTooLong, missingReference, backslashPath, nestedSkill, syncedFolder,
  uploadFileCount, uploadSize, uploadSingle,
];

import type { CheckMapping, DocumentTypeMapping, MediaMapping, ReasonMapping, StatusMapping } from "./mapping.js";
import { jumioCheckMappings, jumioDocumentTypeMappings, jumioMediaMappings, jumioReasonMappings, jumioStatusMappings } from "./providers/jumio/mapping.js";
import { netkiCheckMappings, netkiDocumentTypeMappings, netkiMediaMappings, netkiReasonMappings, netkiStatusMappings } from "./providers/netki/mapping.js";
import { ondatoCheckMappings, ondatoDocumentTypeMappings, ondatoMediaMappings, ondatoReasonMappings, ondatoStatusMappings } from "./providers/ondato/mapping.js";
import { shuftiCheckMappings, shuftiDocumentTypeMappings, shuftiMediaMappings, shuftiReasonMappings, shuftiStatusMappings } from "./providers/shufti/mapping.js";

/** Every provider's status table: what each provider value means in the normalized model. */
export const statusMappings: readonly StatusMapping[] = [...jumioStatusMappings, ...shuftiStatusMappings, ...ondatoStatusMappings, ...netkiStatusMappings];

/** Every provider's reason codes and their categories. */
export const reasonMappings: readonly ReasonMapping[] = [...jumioReasonMappings, ...shuftiReasonMappings, ...ondatoReasonMappings, ...netkiReasonMappings];

/** Every provider's document types. */
export const documentTypeMappings: readonly DocumentTypeMapping[] = [...jumioDocumentTypeMappings, ...shuftiDocumentTypeMappings, ...ondatoDocumentTypeMappings, ...netkiDocumentTypeMappings];

/** Every provider's check fields. */
export const checkMappings: readonly CheckMapping[] = [...jumioCheckMappings, ...shuftiCheckMappings, ...ondatoCheckMappings, ...netkiCheckMappings];

/** Every provider's media fields. */
export const mediaMappings: readonly MediaMapping[] = [...jumioMediaMappings, ...shuftiMediaMappings, ...ondatoMediaMappings, ...netkiMediaMappings];
